import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createNode, type Journey, type JourneyNode } from '../../shared/model/index';
import { createJourney, openJourney, step, steps } from './support/editor-page';
import { callApi } from './support/journey-api';

// The laptop screen where the canvas is smallest: palette, canvas and inspector side by side.
test.use({ viewport: { width: 1280, height: 720 } });

const PLAIN_MJML =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Spring is here</mj-text></mj-column></mj-section></mj-body></mjml>';

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found, 'element has a box on screen').not.toBeNull();
  return found!;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The canvas's zoom, read from the transform React Flow puts on its viewport. */
async function zoomOf(page: Page): Promise<number> {
  const transform = await page.locator('.journey-canvas .react-flow__viewport').getAttribute('style');
  const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
  expect(scale, `viewport transform: ${transform}`).not.toBeNull();
  return Number(scale![1]);
}

/** Entry, then delays, in one row 320 px apart, each connected to the next. */
function row(count: number): (journey: Journey) => Journey {
  return (journey) => {
    const nodes: JourneyNode[] = [createNode('entry', { id: 's1', position: { x: 0, y: 0 }, label: 'Step 1' })];
    for (let i = 2; i <= count; i++)
      nodes.push(createNode('delay', { id: `s${i}`, position: { x: (i - 1) * 320, y: 0 }, label: `Step ${i}` }));
    const edges = nodes
      .slice(1)
      .map((node, index) => ({ id: `e${index}`, source: nodes[index]!.id, sourceHandle: 'next', target: node.id }));
    return { ...journey, nodes, edges };
  };
}

const canvas = (page: Page) => page.locator('.journey-canvas');

test('Fit keeps a nine-step journey readable at 1280×720, and the small minimap folds away', async ({ page, app }) => {
  const journey = await createJourney(page, app, 'Nine steps', row(9));
  await openJourney(page, app, journey.id, 'Nine steps');
  await expect(steps(page)).toHaveCount(9);

  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.5);
  // Full detail: no blank boxes, and the handles are there to drag from.
  await expect(canvas(page)).not.toHaveClass(/zoomed-out/);
  await expect(step(page, 'Step 1')).toBeInViewport();
  await expect(page.getByLabel('Next output of Step 1', { exact: true })).toBeVisible();
  await expect(step(page, 'Step 1').locator('.journey-node-summary')).toBeVisible();

  // On a canvas this small the minimap starts folded; opened, it is small and clear of the fitted steps.
  const minimap = page.getByRole('img', { name: /^Minimap/ });
  await expect(minimap).toHaveCount(0);
  await page.getByRole('button', { name: 'Show minimap' }).click();
  await expect(minimap).toBeVisible();
  const map = await box(minimap);
  expect(map.width).toBeLessThanOrEqual(160);
  expect(map.height).toBeLessThanOrEqual(110);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.5);
  for (const card of await steps(page).all()) {
    const cardBox = await card.boundingBox();
    if (cardBox)
      expect(overlap(cardBox, map), `${await card.getAttribute('aria-label')} under the minimap`).toBe(false);
  }
  await expect(page.getByRole('button', { name: 'Hide minimap' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Hide minimap' }).click();
  await expect(minimap).toHaveCount(0);

  // Zooming out by hand still goes further than Fit does.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.5);
});

test('a step added from the palette by click is scrolled into view and selected', async ({ page, app }) => {
  const journey = await createJourney(page, app, 'Three steps', row(3));
  await openJourney(page, app, journey.id, 'Three steps');
  await step(page, 'Step 3').click();
  await page.getByRole('button', { name: 'Add Email' }).click();

  const added = step(page, 'Email');
  await expect(added).toHaveClass(/selected/);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name')).toHaveValue('Email');
  await expect
    .poll(async () => inside(await box(added), await box(canvas(page))), { message: 'new step inside the canvas' })
    .toBe(true);
});

test('an empty canvas says how to start, and the hint goes with the first step', async ({ page, app }) => {
  const journey = await createJourney(page, app, 'Blank');
  await openJourney(page, app, journey.id, 'Blank');
  const hint = page.getByText('Drag an entry step here or click one in the palette');
  await expect(hint).toBeVisible();
  await page.getByRole('button', { name: 'Add All contacts' }).click();
  await expect(steps(page)).toHaveCount(1);
  await expect(hint).toHaveCount(0);
});

test('N adds a note in free space, ready for typing', async ({ page, app }) => {
  const journey = await createJourney(page, app, 'Noted', row(3));
  await openJourney(page, app, journey.id, 'Noted');
  await expect(steps(page)).toHaveCount(3);
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('n');

  const text = page.getByRole('textbox', { name: 'Note text' });
  await expect(text).toBeFocused();
  await page.keyboard.type('Ask legal about the wording');
  await page.keyboard.press('Control+Enter');
  const note = page.getByRole('note', { name: 'Note: Ask legal about the wording' });
  await expect(note).toBeVisible();
  const noteBox = await box(note);
  for (const card of await steps(page).all()) expect(overlap(noteBox, await box(card))).toBe(false);
});

test('a step of an old version shows its settings read-only', async ({ page, app }) => {
  await callApi(page.request, app, 'settings', 'set', { key: 'channels.email.provider', value: 'local' });
  const template = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'email',
    name: 'Spring mail',
    content: { subject: 'Spring sale', preheader: '', fromName: 'Shop', mjml: PLAIN_MJML },
  });
  const journey = await createJourney(page, app, 'Spring sale', (empty) => ({
    ...empty,
    nodes: [
      createNode('entry', { id: 'start', position: { x: 0, y: 0 }, label: 'Everyone' }),
      {
        ...createNode('message', { id: 'welcome', position: { x: 320, y: 0 }, label: 'Welcome' }),
        config: { channel: 'email', templateId: template.id, variables: {}, fallbacks: [] },
      } as JourneyNode,
      createNode('exit', { id: 'done', position: { x: 640, y: 0 }, label: 'Done' }),
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'welcome' },
      { id: 'e2', source: 'welcome', sourceHandle: 'next', target: 'done' },
    ],
  }));
  const stored = await callApi<{ revision: number }>(page.request, app, 'journeys', 'get', { id: journey.id });
  await callApi(page.request, app, 'journeys', 'activate', { id: journey.id, expectedRevision: stored.revision });
  // A live journey opens read-only: nothing to save.
  await page.goto(app.openUrl);
  await page.getByRole('link', { name: 'Spring sale', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Spring sale' })).toBeVisible();

  await page.getByRole('group', { name: 'Journey lifecycle' }).getByRole('button', { name: 'Versions' }).click();
  await page.getByRole('button', { name: 'Open version 1' }).click();
  await expect(page.getByText('Viewing version 1 (read-only)')).toBeVisible();

  await step(page, 'Welcome').click();
  await expect(step(page, 'Welcome')).toHaveClass(/selected/);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Message' })).toBeVisible();
  await expect(inspector.getByLabel('Name')).toHaveValue('Welcome');
  await expect(inspector.getByLabel('Name')).toBeDisabled();
  await expect(inspector.getByLabel('Template', { exact: true })).toBeDisabled();

  // Back to the history, and the version is still what the canvas shows.
  await page.getByRole('button', { name: '← Version history' }).click();
  await expect(page.getByRole('button', { name: 'Open version 1' })).toBeVisible();
  await expect(page.getByText('Viewing version 1 (read-only)')).toBeVisible();
});

test('step cards are readable at 100%: icons, large titles, and what each step does', async ({ page, app }) => {
  const template = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'email',
    name: 'Spring mail',
    content: { subject: 'Spring sale', preheader: '', fromName: 'Shop', mjml: PLAIN_MJML },
  });
  const journey = await createJourney(page, app, 'Cards', (empty) => ({
    ...empty,
    nodes: [
      {
        ...createNode('message', { id: 'welcome', position: { x: 0, y: 0 }, label: 'Welcome' }),
        config: {
          channel: 'email',
          templateId: template.id,
          variables: {},
          fallbacks: [
            { channel: 'sms', templateId: null },
            { channel: 'whatsapp', templateId: null },
          ],
        },
      } as JourneyNode,
      createNode('waitForEvent', { id: 'wait', position: { x: 320, y: 0 }, label: 'Clicked?' }),
      createNode('randomSplit', { id: 'split', position: { x: 0, y: 260 }, label: 'A/B' }),
    ],
  }));
  await openJourney(page, app, journey.id, 'Cards');
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Fit view' }).click();

  const message = step(page, 'Welcome');
  const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(await fontSize(message.locator('.journey-node-title'))).toBeGreaterThanOrEqual(14);
  expect(await fontSize(message.locator('.journey-node-summary').first())).toBeGreaterThanOrEqual(12);

  // Icons are drawn, not spelled out as letter badges.
  await expect(message.locator('.journey-node-icon svg')).toHaveCount(1);
  const route = message.getByLabel('Route: Email, then SMS, then WhatsApp');
  await expect(route).toBeVisible();
  await expect(route.getByRole('img', { name: 'SMS' }).locator('svg')).toHaveCount(1);
  await expect(route).not.toContainText('WA');
  await expect(message).toContainText('Spring mail');

  const wait = step(page, 'Clicked\\?');
  await expect(wait).toContainText('Wait for clicked');
  await expect(wait).toContainText('Timeout 1 day');
  await expect(step(page, 'A/B')).toContainText('50% / 50%');
  for (const card of await steps(page).all()) await expect(card.locator('.journey-node-icon svg')).toHaveCount(1);
  // Every icon on a card draws its shape (an icon that refers to a shape must find it).
  const iconWidths = await page.evaluate(() =>
    [...document.querySelectorAll<SVGGraphicsElement>('.journey-node svg')].map((icon) => icon.getBBox().width),
  );
  expect(iconWidths.length).toBeGreaterThanOrEqual(9);
  for (const width of iconWidths) expect(width).toBeGreaterThan(0);

  // Each output handle sits on the card's right border, level with its label.
  const offsets = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.journey-node-output')].map((row) => {
      const card = row.closest('.journey-node')!.getBoundingClientRect();
      const handle = row.querySelector('.journey-handle')!.getBoundingClientRect();
      const label = row.querySelector('.journey-output-label')!.getBoundingClientRect();
      return {
        fromBorder: Math.abs(handle.left + handle.width / 2 - card.right),
        fromLabel: Math.abs(handle.top + handle.height / 2 - (label.top + label.height / 2)),
      };
    }),
  );
  expect(offsets.length).toBeGreaterThanOrEqual(5);
  for (const { fromBorder, fromLabel } of offsets) {
    expect(fromBorder).toBeLessThanOrEqual(2);
    expect(fromLabel).toBeLessThanOrEqual(2);
  }

  // The half of each handle outside the card is drawn and can be grabbed: a card paints inside
  // its own box, and that box must leave room for what sticks out of it.
  const outerEdges = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.journey-node .journey-handle')].map((handle) => {
      const card = handle.closest('.journey-node')!.getBoundingClientRect();
      const r = handle.getBoundingClientRect();
      const point =
        r.right > card.right
          ? { x: r.right - 1, y: r.top + r.height / 2 }
          : r.left < card.left
            ? { x: r.left + 1, y: r.top + r.height / 2 }
            : { x: r.left + r.width / 2, y: r.top + 1 };
      const outside = point.x > card.right || point.x < card.left || point.y < card.top;
      return { outside, hit: document.elementFromPoint(point.x, point.y) === handle };
    }),
  );
  expect(outerEdges.filter((edge) => edge.outside).length).toBeGreaterThanOrEqual(5);
  for (const edge of outerEdges) expect(edge.hit).toBe(true);
});
