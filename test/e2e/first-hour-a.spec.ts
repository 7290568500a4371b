import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { addNode, connectNodes } from '../../shared/graph/index';
import { createNode, type Journey } from '../../shared/model/index';
import { createJourney, openJourney, step } from './support/editor-page';

const problemsRegion = (page: Page) => page.getByRole('region', { name: 'Problems' });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

/** Entry → Delay → Wait for event → Exit: both duration fields, and nothing wrong. */
function timed(journey: Journey): Journey {
  const nodes = [
    createNode('entry', { id: 'entry', position: { x: 40, y: 120 } }),
    createNode('delay', { id: 'pause', position: { x: 340, y: 120 }, label: 'Pause' }),
    createNode('waitForEvent', { id: 'opened', position: { x: 640, y: 120 }, label: 'Opened it' }),
    createNode('exit', { id: 'done', position: { x: 940, y: 120 } }),
  ];
  let next = journey;
  for (const node of nodes) next = addNode(next, node);
  next = connectNodes(next, { source: 'entry', sourceHandle: 'next', target: 'pause' }, 'edge_1');
  next = connectNodes(next, { source: 'pause', sourceHandle: 'next', target: 'opened' }, 'edge_2');
  next = connectNodes(next, { source: 'opened', sourceHandle: 'event', target: 'done' }, 'edge_3');
  return connectNodes(next, { source: 'opened', sourceHandle: 'timeout', target: 'done' }, 'edge_4');
}

/** An entry and a chain of `count` SMS steps without a template, ending in an exit: `count` errors. */
function manyProblems(count: number, { connectEntry = true } = {}) {
  return (journey: Journey): Journey => {
    let next = addNode(journey, createNode('entry', { id: 'entry', position: { x: 40, y: 40 } }));
    let previous = 'entry';
    for (let index = 1; index <= count; index++) {
      const message = createNode('message', {
        id: `sms_${index}`,
        position: { x: 40 + (index % 4) * 300, y: 40 + Math.ceil(index / 4) * 160 },
        label: `Reminder ${index}`,
      });
      message.config.channel = 'sms';
      next = addNode(next, message);
      if (previous !== 'entry' || connectEntry)
        next = connectNodes(next, { source: previous, sourceHandle: 'next', target: message.id }, `edge_${index}`);
      previous = message.id;
    }
    next = addNode(next, createNode('exit', { id: 'done', position: { x: 40, y: 200 + count * 40 } }));
    return connectNodes(next, { source: previous, sourceHandle: 'next', target: 'done' }, 'edge_last');
  };
}

async function openProblems(page: Page, chipName: string | RegExp): Promise<void> {
  const chip = problemsRegion(page).getByRole('button', { name: chipName });
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  await chip.click();
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
}

test.describe('the inspector at its 320 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('duration fields fit: the amount is readable and nothing scrolls sideways', async ({ page, app }) => {
    const journey = await createJourney(page, app, 'Timed', timed);
    await openJourney(page, app, journey.id, 'Timed');
    const panel = inspector(page);

    for (const [stepName, amountLabel] of [
      ['Pause', 'Duration'],
      ['Opened it', 'Timeout'],
    ] as const) {
      await step(page, stepName).click();
      const amount = panel.getByRole('spinbutton', { name: amountLabel, exact: true });
      const unit = panel.getByRole('combobox', { name: `${amountLabel} unit` });
      await expect(amount).toBeVisible();
      expect((await amount.boundingBox())!.width).toBeGreaterThanOrEqual(60);
      const inspectorBox = (await panel.boundingBox())!;
      const unitBox = (await unit.boundingBox())!;
      expect(unitBox.x + unitBox.width).toBeLessThanOrEqual(inspectorBox.x + inspectorBox.width);
      const overflow = await panel.evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, `${stepName}: the inspector scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('the problems panel inside the window', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('sixteen problems scroll inside the panel; the page never grows past the window', async ({ page, app }) => {
    const journey = await createJourney(page, app, 'Sixteen problems', manyProblems(16));
    await openJourney(page, app, journey.id, 'Sixteen problems');
    await openProblems(page, '16 problems');
    await expect(problemsRegion(page).getByRole('listitem')).toHaveCount(16);

    const sizes = await page.evaluate(() => ({
      scrollHeight: document.scrollingElement!.scrollHeight,
      windowHeight: window.innerHeight,
    }));
    expect(sizes.scrollHeight).toBeLessThanOrEqual(sizes.windowHeight);
    const list = problemsRegion(page).getByRole('list');
    expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    expect(canvas.height).toBeGreaterThanOrEqual(200);
  });

  test('the panel is resized from its top edge, keeps its height, and collapses to its bar', async ({ page, app }) => {
    const journey = await createJourney(page, app, 'Resizable', manyProblems(16));
    await openJourney(page, app, journey.id, 'Resizable');
    await openProblems(page, '16 problems');
    const region = problemsRegion(page);
    const canvas = page.locator('.react-flow');
    const before = (await region.boundingBox())!;
    const canvasBefore = (await canvas.boundingBox())!;

    // Dragging the top edge up by 150 px: the panel grows by that much and the canvas gives it up.
    const edge = region.getByRole('separator', { name: 'Resize the problems panel' });
    const handle = (await edge.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2 - 150, { steps: 5 });
    await page.mouse.up();
    const after = (await region.boundingBox())!;
    expect(after.height).toBeCloseTo(before.height + 150, -1);
    expect((await canvas.boundingBox())!.height).toBeCloseTo(canvasBefore.height - 150, -1);

    // From the keyboard too; dragging far up stops where the canvas keeps its 200 px.
    await edge.focus();
    await page.keyboard.press('ArrowDown');
    expect((await region.boundingBox())!.height).toBeCloseTo(after.height - 24, 0);
    await page.keyboard.press('End');
    expect((await canvas.boundingBox())!.height).toBeGreaterThanOrEqual(199);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
    const tallest = (await region.boundingBox())!.height;

    // Collapsed, only the bar is left and the canvas takes the rest; opened again, the height is kept.
    const chip = region.getByRole('button', { name: '16 problems' });
    await chip.click();
    await expect(chip).toHaveAttribute('aria-expanded', 'false');
    await expect(region.getByRole('list')).toHaveCount(0);
    await expect(edge).toHaveCount(0);
    expect((await region.boundingBox())!.height).toBeLessThan(50);
    expect((await canvas.boundingBox())!.height).toBeGreaterThan(canvasBefore.height);
    await chip.click();
    await expect(region.getByRole('list')).toBeVisible();
    expect((await region.boundingBox())!.height).toBeCloseTo(tallest, 0);

    // The height is remembered for the next editor.
    await page.reload();
    await openProblems(page, '16 problems');
    expect((await problemsRegion(page).boundingBox())!.height).toBeCloseTo(tallest, 0);
  });

  test('a short list takes only the room it needs, leaving the rest to the canvas', async ({ page, app }) => {
    const journey = await createJourney(page, app, 'One problem', manyProblems(1));
    await openJourney(page, app, journey.id, 'One problem');
    await openProblems(page, '1 problem');
    const region = problemsRegion(page);
    await expect(region.getByRole('listitem')).toHaveCount(1);
    expect((await region.boundingBox())!.height).toBeLessThan(120);
  });

  test('a chain cut off from its entry is one error, at the cut', async ({ page, app }) => {
    const journey = await createJourney(page, app, 'Cut off', manyProblems(11, { connectEntry: false }));
    await openJourney(page, app, journey.id, 'Cut off');
    await openProblems(page, /problems/);
    const unreachable = problemsRegion(page).getByRole('button', { name: /No entry step leads to/ });
    await expect(unreachable).toHaveCount(1);
    await expect(unreachable).toContainText(
      'No entry step leads to "Reminder 1", so no contact will ever reach it or the 11 steps after it.',
    );
  });
});

test.describe('settings', () => {
  test('Channels says where messages go while no provider is set up', async ({ page, app }) => {
    await page.goto(app.openUrl);
    await page.getByRole('link', { name: 'Settings' }).click();
    const channels = page.getByRole('region', { name: 'Channels' });
    await expect(channels).toContainText('Every channel delivers into the Outbox until a provider is configured');
    await channels.getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
  });
});

const backgroundOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
const LIGHT_PAGE = 'rgb(246, 247, 249)';
const DARK_PAGE = 'rgb(18, 22, 29)';

test.describe('the dark theme', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('follows the system until a theme is chosen in Settings, and keeps the choice', async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(app.openUrl);
    await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
    expect(await backgroundOf(page, 'html')).toBe(DARK_PAGE);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => backgroundOf(page, 'html')).toBe(LIGHT_PAGE);

    await page.getByRole('link', { name: 'Settings' }).click();
    const theme = page.getByRole('group', { name: 'Theme' });
    await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
    const section = page.locator('.settings-section').first();
    const lightSection = await section.evaluate((element) => getComputedStyle(element).backgroundColor);

    await theme.getByRole('radio', { name: 'Dark' }).check();
    expect(await backgroundOf(page, 'html')).toBe(DARK_PAGE);
    expect(await section.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(lightSection);
    // The choice outranks the system's setting, and outlives a reload.
    await page.reload();
    await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(await backgroundOf(page, 'html')).toBe(DARK_PAGE);

    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await backgroundOf(page, 'html')).toBe(LIGHT_PAGE);
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'System' }).check();
    expect(await backgroundOf(page, 'html')).toBe(DARK_PAGE);
  });

  test('the editor is dark throughout: canvas, cards, inspector and problems', async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const journey = await createJourney(page, app, 'Dark editor', manyProblems(3));
    await openJourney(page, app, journey.id, 'Dark editor');
    await step(page, 'Reminder 1').click();
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const selector of [
      '.journey-canvas .react-flow',
      '.journey-node',
      '.inspector',
      '.journey-problems',
      '.editor-toolbar',
    ])
      expect(luminance(await backgroundOf(page, selector)), selector).toBeLessThan(60);
    const text = await page.locator('.inspector').evaluate((element) => getComputedStyle(element).color);
    expect(luminance(text)).toBeGreaterThan(180);
  });
});

test.describe('screenshots of the editor', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    test(`at ${viewport.width}×${viewport.height}, light and dark`, async ({ page, app }, testInfo) => {
      await page.setViewportSize(viewport);
      const journey = await createJourney(page, app, 'Welcome series', timed);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await openJourney(page, app, journey.id, 'Welcome series');
        await step(page, 'Pause').click();
        await expect(inspector(page).getByRole('spinbutton', { name: 'Duration', exact: true })).toBeVisible();
        expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
        const path = testInfo.outputPath(`editor-${viewport.width}x${viewport.height}-${colorScheme}.png`);
        await page.screenshot({ path });
        await testInfo.attach(`editor ${viewport.width}×${viewport.height} ${colorScheme}`, {
          path,
          contentType: 'image/png',
        });
      }
    });
  }
});
