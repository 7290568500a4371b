import { expect, test } from './support/fixtures';
import { createNode, type Journey } from '../../shared/model/index';
import { createJourney, openJourney, saved, step, storedJourney } from './support/editor-page';

test.use({ viewport: { width: 1600, height: 1000 } });

test('the inspector sets enrolling later, a delivery window, webhook timeout and retries, and skipping over the cap', async ({
  page,
  app,
}) => {
  const journey = await createJourney(page, app, 'Semantics', (blank): Journey => ({
    ...blank,
    nodes: [
      createNode('entry', { id: 'n_entry', position: { x: 0, y: 0 }, label: 'Start' }),
      createNode('message', { id: 'n_msg', position: { x: 320, y: 0 }, label: 'Hello' }),
      createNode('webhook', { id: 'n_hook', position: { x: 640, y: 0 }, label: 'Tell CRM' }),
    ],
  }));
  await openJourney(page, app, journey.id, 'Semantics');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });

  await step(page, 'Start').click();
  await inspector.getByLabel('Also enrol contacts who match later').check();
  await expect(step(page, 'Start')).toContainText('and later');

  await step(page, 'Hello').click();
  await inspector.getByLabel('Fall back if not delivered within…').check();
  await inspector.getByLabel('Delivery window', { exact: true }).fill('3');

  await step(page, 'Tell CRM').click();
  await expect(inspector.getByLabel('Timeout')).toHaveValue('10');
  await expect(inspector.getByLabel('Retries')).toHaveValue('2');
  await inspector.getByLabel('Timeout').fill('0');
  await expect(inspector.getByText('Must be at least 1')).toBeVisible();
  await inspector.getByLabel('Timeout').fill('30');
  await inspector.getByLabel('Retries').fill('4');

  // Nothing selected: the journey settings.
  await page.keyboard.press('Escape');
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await inspector.getByLabel('Frequency cap').check();
  await inspector.getByLabel('When over the cap').selectOption({ label: 'Skip this message' });

  await expect
    .poll(async () => {
      await expect(saved(page)).toBeVisible();
      const stored = await storedJourney(page, app, journey.id);
      const config = (id: string) => stored.nodes.find((node) => node.id === id)?.config;
      return {
        entry: config('n_entry'),
        window: (config('n_msg') as { deliveryWindow?: unknown }).deliveryWindow,
        hook: config('n_hook'),
        cap: stored.settings.frequencyCap,
      };
    })
    .toMatchObject({
      entry: { enrolLater: true },
      window: { amount: 3, unit: 'hours' },
      hook: { timeoutSeconds: 30, retries: 4 },
      cap: { enabled: true, whenOver: 'skip' },
    });
});
