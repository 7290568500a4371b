import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { addNode, connectNodes } from '../../shared/graph/index';
import { createNode, type Journey } from '../../shared/model/index';
import { createJourney, openJourney, step } from './support/editor-page';

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
