import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createNode, type Journey } from '../../shared/model/index';
import { createJourney, edges, openJourney, saved, step, steps, storedJourney } from './support/editor-page';

test.use({ viewport: { width: 1600, height: 950 } });

/** Entry → message → exit in a row, with readable names. */
function threeSteps(journey: Journey): Journey {
  return {
    ...journey,
    nodes: [
      createNode('entry', { id: 'n_entry', position: { x: 0, y: 0 }, label: 'Order shipped' }),
      { ...createNode('message', { id: 'n_msg', position: { x: 320, y: 0 }, label: 'Tell the customer' }) },
      createNode('exit', { id: 'n_exit', position: { x: 640, y: 0 }, label: 'Done' }),
    ],
    edges: [
      { id: 'e1', source: 'n_entry', sourceHandle: 'next', target: 'n_msg' },
      { id: 'e2', source: 'n_msg', sourceHandle: 'next', target: 'n_exit' },
    ],
  };
}

const pane = (page: Page) => page.locator('.react-flow__pane');

test('notes, the context menu, the shortcut sheet and keyboard insertion', async ({ page, app }) => {
  const journey = await createJourney(page, app, 'Tools', threeSteps);
  await openJourney(page, app, journey.id, 'Tools');

  // A sticky note: add, write, keep.
  await page.getByRole('button', { name: 'Add note' }).click();
  const note = page.getByRole('note');
  await expect(note).toHaveCount(1);
  await note.dblclick();
  await page.getByLabel('Note text').fill('Check the SMS copy with legal');
  await pane(page).click({ position: { x: 20, y: 20 } });
  await expect(page.getByRole('note', { name: 'Note: Check the SMS copy with legal' })).toBeVisible();

  // The context menu runs the same actions.
  await step(page, 'Tell the customer').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Canvas menu' });
  // The first item takes focus, so the arrow keys and Enter work at once.
  await expect(menu.getByRole('menuitem', { name: /Cut/ })).toBeFocused();
  await menu.getByRole('menuitem', { name: /Duplicate/ }).click();
  await expect(steps(page)).toHaveCount(4);

  // The shortcut sheet lists the actions with their keys.
  await pane(page).click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Shift+?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByText('Undo')).toBeVisible();
  await expect(sheet.getByText('Ctrl+Shift+Z')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // From the keyboard: with a step selected, a palette item goes after it, connected.
  await step(page, 'Done').click();
  await page.keyboard.press('Delete');
  await expect(steps(page)).toHaveCount(3);
  // The duplicate sits 40 px down and right of the original: click the original's free corner.
  await step(page, 'Tell the customer')
    .first()
    .click({ position: { x: 12, y: 10 } });
  const edgeCount = await edges(page).count();
  await page.getByRole('button', { name: 'Add SMS' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps(page)).toHaveCount(4);
  await expect(edges(page)).toHaveCount(edgeCount + 1);
  await expect(saved(page)).toBeVisible();
  const stored = await storedJourney(page, app, journey.id);
  const sms = stored.nodes.find((n) => n.kind === 'message' && n.config.channel === 'sms')!;
  expect(stored.edges.some((e) => e.target === sms.id && e.source === 'n_msg')).toBe(true);
  expect(stored.notes.map((n) => n.text)).toEqual(['Check the SMS copy with legal']);
});

test('box selection with Shift, and Delete only acts on the canvas', async ({ page, app }) => {
  const journey = await createJourney(page, app, 'Boxes', threeSteps);
  await openJourney(page, app, journey.id, 'Boxes');

  // Delete pressed on a button in the inspector leaves the canvas alone.
  await step(page, 'Tell the customer').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('button').first().focus();
  await page.keyboard.press('Delete');
  await expect(steps(page)).toHaveCount(3);

  // Shift+drag draws a selection box around the first two steps.
  const first = (await step(page, 'Order shipped').boundingBox())!;
  const second = (await step(page, 'Tell the customer').boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(first.x - 30, first.y - 30);
  await page.mouse.down();
  await page.mouse.move(second.x + second.width + 20, second.y + second.height + 30, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await page.keyboard.press('Delete');
  await expect(steps(page)).toHaveCount(1);
  await expect(step(page, 'Done')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(steps(page)).toHaveCount(3);
  await expect(edges(page)).toHaveCount(2);
});

test('two windows on one journey: the other follows, and a clash is detected and told', async ({ browser, app }) => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 950 } });
  const first = await context.newPage();
  const second = await context.newPage();
  const journey = await createJourney(first, app, 'Shared', threeSteps);
  await openJourney(first, app, journey.id, 'Shared');
  await openJourney(second, app, journey.id, 'Shared');

  // An edit in the first window reaches the second, which had nothing unsaved.
  await step(first, 'Done').click();
  await first.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name').fill('Finished');
  await first.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await expect(saved(first)).toBeVisible();
  await expect(step(second, 'Finished')).toBeVisible();

  // Now both edit; the second window's save is held back until the first has saved.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await second.route('**/api/call/journeys/save', async (route) => {
    await held;
    await route.continue();
  });
  await step(second, 'Order shipped').click();
  await second.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name').fill('Order dispatched');
  await step(first, 'Tell the customer').click();
  await first.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name').fill('Notify customer');
  await first.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await expect(saved(first)).toBeVisible();
  release();
  const clash = second.getByRole('alert').filter({ hasText: 'changed' });
  await expect(clash).toBeVisible();
  // Nothing was overwritten silently.
  expect((await storedJourney(first, app, journey.id)).nodes.find((n) => n.id === 'n_msg')?.label).toBe(
    'Notify customer',
  );

  await clash.getByRole('button', { name: 'Keep mine' }).click();
  await expect(saved(second)).toBeVisible();
  await expect(step(first, 'Order dispatched')).toBeVisible();
  await context.close();
});

test('closing the tab right after an edit loses nothing', async ({ browser, app }) => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 950 } });
  const page = await context.newPage();
  const journey = await createJourney(page, app, 'Quick close', threeSteps);
  await openJourney(page, app, journey.id, 'Quick close');
  await step(page, 'Done').click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name').fill('Closed at once');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await openJourney(again, app, journey.id, 'Quick close');
  await expect(step(again, 'Closed at once')).toBeVisible();
  await expect
    .poll(async () => (await storedJourney(again, app, journey.id)).nodes.find((n) => n.id === 'n_exit')?.label)
    .toBe('Closed at once');
  await context.close();
});

test('a drag is one undo step', async ({ page, app }) => {
  const journey = await createJourney(page, app, 'Drag once', threeSteps);
  await openJourney(page, app, journey.id, 'Drag once');
  const done = step(page, 'Done');
  const before = (await done.boundingBox())!;
  await page.mouse.move(before.x + 30, before.y + 12);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) await page.mouse.move(before.x + 30 + i * 8, before.y + 12 + i * 6);
  await page.mouse.up();
  await expect.poll(async () => (await done.boundingBox())!.y).toBeGreaterThan(before.y + 50);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await done.boundingBox())!.y)).toBe(Math.round(before.y));
  expect(Math.round((await done.boundingBox())!.x)).toBe(Math.round(before.x));
  // One more undo has nothing left: loading the journey was never a step.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('dragging the empty canvas pans it with the pointer held by the canvas, and a click on it still clears the selection', async ({
  page,
  app,
}) => {
  const journey = await createJourney(page, app, 'Pan', threeSteps);
  await openJourney(page, app, journey.id, 'Pan');
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const box = (await pane(page).boundingBox())!;
  // A spot of bare canvas below the steps, clear of the zoom controls and the minimap.
  const start = { x: box.x + box.width / 2 - 100, y: box.y + box.height - 50 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y - 20);
  // While the drag lasts, moves go to the pane itself rather than to whatever is under the cursor.
  expect(await pane(page).evaluate((element) => element.hasPointerCapture(1))).toBe(true);
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 30 + i * 12, start.y - 20 - i * 4);
  await page.mouse.up();
  await expect(viewport).not.toHaveAttribute('style', before!);
  expect(await pane(page).evaluate((element) => element.hasPointerCapture(1))).toBe(false);

  await step(page, 'Done').click();
  await expect(step(page, 'Done')).toHaveClass(/selected/);
  await page.mouse.click(start.x, start.y);
  await expect(step(page, 'Done')).not.toHaveClass(/selected/);
});
