import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { Journey } from '../../shared/model/index';
import { connect, input, output, saved, step, steps, storedJourney } from './support/editor-page';
import { callApi } from './support/journey-api';
import type { ServedApp } from './support/server';

// Wide enough that palette, canvas and inspector all fit with room to lay out ten steps.
test.use({ viewport: { width: 1700, height: 1000 } });

async function openEditor(page: Page, app: ServedApp, name: string): Promise<string> {
  const { journey } = await callApi<{ journey: Journey }>(page.request, app, 'journeys', 'create', { name });
  await page.goto(app.openUrl);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(saved(page)).toBeVisible();
  return journey.id;
}

async function dropFromPalette(page: Page, item: string, x: number, y: number) {
  const pane = page.locator('.react-flow__pane');
  await page.getByRole('button', { name: `Add ${item}` }).dragTo(pane, { targetPosition: { x, y } });
}

async function savedJourney(page: Page, app: ServedApp, id: string): Promise<Journey> {
  await expect(saved(page)).toBeVisible();
  return storedJourney(page, app, id);
}

test('a journey with every kind of step is built with the mouse and keyboard and survives a reload', async ({
  page,
  app,
}, testInfo) => {
  const id = await openEditor(page, app, 'Every step');

  const layout: [string, number, number][] = [
    ['All contacts', 40, 60],
    ['WhatsApp', 300, 60],
    ['Condition', 560, 60],
    ['Wait for event', 820, 30],
    ['Random paths', 820, 330],
    ['Retargeting', 820, 600],
    ['Delay', 40, 420],
    ['Webhook', 300, 420],
    ['Update profile', 560, 420],
    ['Exit', 560, 700],
  ];
  for (const [item, x, y] of layout) await dropFromPalette(page, item, x, y);
  await expect(steps(page)).toHaveCount(10);

  await connect(page, output(page, 'Next', 'All contacts'), input(page, 'WhatsApp'));
  await connect(page, output(page, 'Next', 'WhatsApp'), input(page, 'Condition'));
  await connect(page, output(page, 'Yes', 'Condition'), input(page, 'Wait for event'));
  await connect(page, output(page, 'No', 'Condition'), input(page, 'Random paths'));
  await connect(page, output(page, 'Clicked', 'Wait for event'), input(page, 'Retargeting'));
  await connect(page, output(page, 'Path A', 'Random paths'), input(page, 'Delay'));
  await connect(page, output(page, 'Next', 'Delay'), input(page, 'Webhook'));
  await connect(page, output(page, 'Success', 'Webhook'), input(page, 'Update profile'));
  await connect(page, output(page, 'Next', 'Update profile'), input(page, 'Exit'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(9);

  // A refused connection says why: this output already has its edge.
  await connect(page, output(page, 'Next', 'All contacts'), input(page, 'Exit'));
  await expect(page.getByRole('alert').filter({ hasText: "Can't connect" })).toContainText('already connected');
  // And nothing leads into a step from itself.
  await connect(page, output(page, 'Next', 'Delay'), input(page, 'Delay'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(9);

  // The inspector edits the selected step; the card follows.
  await step(page, 'Delay').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('Name').fill('Cool-off');
  await expect(step(page, 'Cool-off')).toBeVisible();

  // Undo and redo, from the keyboard and the toolbar.
  await page.locator('.react-flow__pane').click({ position: { x: 1110, y: 250 } });
  await page.keyboard.press('Control+z');
  await expect(step(page, 'Delay')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(step(page, 'Cool-off')).toBeVisible();

  // Copy and paste through the clipboard, then delete the copy.
  await step(page, 'Update profile').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(steps(page)).toHaveCount(11);
  await page.keyboard.press('Delete');
  await expect(steps(page)).toHaveCount(10);

  // Tidy up: every connection now runs left to right.
  await page.getByRole('button', { name: 'Tidy up left to right' }).click();
  await expect
    .poll(async () => {
      const stored = await savedJourney(page, app, id);
      const x = new Map(stored.nodes.map((node) => [node.id, node.position.x]));
      return stored.edges.every((edge) => x.get(edge.source)! < x.get(edge.target)!);
    })
    .toBe(true);

  const before = await savedJourney(page, app, id);
  expect(before.nodes.map((node) => node.kind).sort()).toEqual(
    [
      'condition',
      'delay',
      'entry',
      'exit',
      'message',
      'randomSplit',
      'retarget',
      'updateProfile',
      'waitForEvent',
      'webhook',
    ].sort(),
  );
  expect(before.nodes.find((node) => node.kind === 'delay')?.label).toBe('Cool-off');
  expect(before.edges).toHaveLength(9);

  await page.screenshot({ path: testInfo.outputPath('every-step-canvas.png') });

  await page.reload();
  await expect(steps(page)).toHaveCount(10);
  await expect(page.locator('.react-flow__edge')).toHaveCount(9);
  await expect(step(page, 'Cool-off')).toBeVisible();
  const after = await savedJourney(page, app, id);
  expect(after.nodes).toEqual(before.nodes);
  expect(after.edges).toEqual(before.edges);
});

test('dropping a step onto a connection inserts it there', async ({ page, app }) => {
  const id = await openEditor(page, app, 'Insert on edge');
  await dropFromPalette(page, 'All contacts', 80, 200);
  await dropFromPalette(page, 'Exit', 900, 200);
  await connect(page, output(page, 'Next', 'All contacts'), input(page, 'Exit'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // Drop onto the middle of the connection's (wide, invisible) hit area.
  const hitArea = page.locator('.react-flow__edge-interaction').first();
  const box = (await hitArea.boundingBox())!;
  await page
    .getByRole('button', { name: 'Add Delay' })
    .dragTo(hitArea, { targetPosition: { x: box.width / 2, y: box.height / 2 } });
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  const stored = await savedJourney(page, app, id);
  const delay = stored.nodes.find((node) => node.kind === 'delay')!;
  expect(
    stored.edges
      .map((e) => [
        stored.nodes.find((n) => n.id === e.source)!.kind,
        stored.nodes.find((n) => n.id === e.target)!.kind,
      ])
      .sort(),
  ).toEqual(
    [
      ['delay', 'exit'],
      ['entry', 'delay'],
    ].sort(),
  );
  expect(delay).toBeDefined();
});
