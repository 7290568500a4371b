import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createNode, type Journey } from '../../shared/model/index';
import type { Template } from '../../shared/contract/index';
import { saved } from './support/editor-page';
import { callApi } from './support/journey-api';
import type { ServedApp } from './support/server';

// Wide enough for the header's lifecycle buttons, the canvas and the side panel side by side.
test.use({ viewport: { width: 1600, height: 1000 } });

const lifecycleButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Journey lifecycle' }).getByRole('button', { name, exact: true });

/** Entry (everyone) → SMS with a template → one-day delay → exit: a journey that can go live. */
async function seedRunnableJourney(
  page: Page,
  app: ServedApp,
  name: string,
): Promise<{ id: string; revision: number }> {
  const sms = await callApi<Template>(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: `${name} SMS`,
    content: { body: 'Your order has shipped.', senderId: 'SHOP' },
  });
  const created = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'create', {
    name,
  });
  const message = createNode('message', { id: 'n_msg', position: { x: 320, y: 0 }, label: 'Tell the customer' });
  const journey: Journey = {
    ...created.journey,
    nodes: [
      createNode('entry', { id: 'n_entry', position: { x: 0, y: 0 }, label: 'Everyone' }),
      { ...message, config: { ...message.config, channel: 'sms', templateId: sms.id } },
      createNode('delay', { id: 'n_wait', position: { x: 640, y: 0 }, label: 'Wait a bit' }),
      createNode('exit', { id: 'n_exit', position: { x: 960, y: 0 }, label: 'Done' }),
    ],
    edges: [
      { id: 'e1', source: 'n_entry', sourceHandle: 'next', target: 'n_msg' },
      { id: 'e2', source: 'n_msg', sourceHandle: 'next', target: 'n_wait' },
      { id: 'e3', source: 'n_wait', sourceHandle: 'next', target: 'n_exit' },
    ],
  };
  const result = await callApi<{ revision: number }>(page.request, app, 'journeys', 'save', {
    journey,
    expectedRevision: created.revision,
  });
  return { id: created.journey.id, revision: result.revision };
}

async function openEditor(page: Page, app: ServedApp, name: string): Promise<void> {
  await page.goto(app.openUrl);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('Activate asks first, naming the audience estimate and the channels', async ({ page, app }) => {
  const name = 'Order updates';
  await seedRunnableJourney(page, app, name);
  for (const customerId of ['C00001', 'C00002', 'C00003'])
    await callApi(page.request, app, 'contacts', 'save', { contact: { customerId, phone: '+4915100000000' } });
  await openEditor(page, app, name);
  await expect(saved(page)).toBeVisible();

  await lifecycleButton(page, 'Activate').click();
  const confirm = page.getByRole('alertdialog', { name: `Activate “${name}”?` });
  await expect(confirm.getByRole('region', { name: 'Estimate' })).toContainText('≈ 3 contacts');
  await expect(confirm.getByRole('definition').filter({ hasText: 'SMS' })).toBeVisible();
  // Cancelling changes nothing.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.editor-header').locator('.badge', { hasText: 'Draft' })).toBeVisible();

  await lifecycleButton(page, 'Activate').click();
  await confirm.getByRole('button', { name: 'Activate' }).click();
  await expect(page.locator('.notices').getByText('Activated: version 1 is live.')).toBeVisible();
});

test('a template used by a live journey says so, and its Delete is disabled with the reason', async ({ page, app }) => {
  const name = 'Order updates';
  const { id, revision } = await seedRunnableJourney(page, app, name);
  await callApi(page.request, app, 'journeys', 'activate', { id, expectedRevision: revision });
  await callApi(page.request, app, 'journeys', 'transition', { id, to: 'paused' });

  await page.goto(app.openUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
  await page.getByRole('button', { name: `More actions for ${name} SMS` }).click();
  const remove = page.getByRole('menuitem', { name: /^Delete/ });
  await expect(remove).toBeDisabled();
  await expect(remove).toContainText(`Used by a live journey: “${name}”. Stop it before deleting this template.`);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: `${name} SMS` }).click();
  await expect(page.getByRole('note')).toHaveText(`Used by a live journey: “${name}”`);
});

test('a journey created a moment ago is a draft with problems, not Broken', async ({ page, app }) => {
  await callApi(page.request, app, 'journeys', 'create', { name: 'Fresh idea' });
  await page.goto(app.openUrl);
  const row = page.getByRole('table', { name: 'Journeys' }).getByRole('row').filter({ hasText: 'Fresh idea' });
  await expect(row.getByText(/^\d+ problems?$/)).toBeVisible();
  await expect(row.getByRole('button', { name: 'Show problems in Fresh idea' })).toBeVisible();
  await expect(row.getByText('Draft', { exact: true })).toBeVisible();
  await expect(row.getByText('Broken')).toHaveCount(0);
  await expect(row.getByRole('button', { name: 'Fix Fresh idea' })).toHaveCount(0);
  const count = (await row.getByText(/^\d+ problems?$/).textContent())!;

  // The editor's header follows the same rule: Draft and the same problem count, no Broken.
  await row.getByRole('link', { name: 'Fresh idea', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Fresh idea', level: 1 })).toBeVisible();
  const header = page.locator('.editor-header');
  await expect(header.locator('.badge', { hasText: /^Draft$/ })).toBeVisible();
  await expect(header.locator('.badge', { hasText: count })).toBeVisible();
  await expect(header.getByText('Broken')).toHaveCount(0);
});

test('the activate-changes dialog shows a changed duration’s old and new value', async ({ page, app }) => {
  const name = 'Order updates';
  const { id, revision } = await seedRunnableJourney(page, app, name);
  await callApi(page.request, app, 'journeys', 'activate', { id, expectedRevision: revision });
  const draft = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'startDraft', {
    id,
  });
  await callApi(page.request, app, 'journeys', 'save', {
    journey: {
      ...draft.journey,
      nodes: draft.journey.nodes.map((node) =>
        node.kind === 'delay' ? { ...node, config: { mode: 'duration', duration: { amount: 3, unit: 'days' } } } : node,
      ),
    },
    expectedRevision: draft.revision,
  });

  await openEditor(page, app, name);
  await lifecycleButton(page, 'Activate changes…').click();
  const activateChanges = page.getByRole('dialog', { name: 'Activate draft version 2?' });
  await expect(activateChanges.getByRole('list', { name: 'Changed steps (1)' })).toContainText(
    'duration 1 day → 3 days',
  );
});

test('the preview renders as a real contact, found by search, with a field the user created', async ({ page, app }) => {
  await callApi(page.request, app, 'fields', 'create', {
    key: 'favouriteStore',
    label: 'Favourite store',
    type: 'text',
  });
  await callApi(page.request, app, 'contacts', 'save', {
    contact: { customerId: 'C00005', email: 'lena@example.com', favouriteStore: 'Hamburg Mitte' },
  });
  await callApi(page.request, app, 'contacts', 'save', { contact: { customerId: 'C00006', favouriteStore: 'Köln' } });
  await callApi<Template>(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Store news',
    content: { body: 'News from {{ customer.favouriteStore }}', senderId: 'SHOP' },
  });

  await page.goto(app.openUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
  await page.getByRole('link', { name: 'Store news' }).click();
  const preview = page.getByRole('region', { name: 'SMS preview' });
  // The sample profile was written before the field existed: it previews an example value.
  await expect(preview).toContainText('News from Example Favourite store');

  const picker = page.getByRole('search', { name: 'Contact search' });
  await picker.getByLabel('Real contact').fill('C00005');
  await picker.getByRole('button', { name: 'Use' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preview as contact C00005' })).toBeVisible();
  await expect(preview).toContainText('News from Hamburg Mitte');

  // By email too, and back to the sample profiles.
  await page.getByRole('button', { name: 'Back to sample profiles' }).click();
  await picker.getByLabel('Real contact').fill('lena@');
  await picker.getByRole('button', { name: 'Use' }).click();
  await expect(preview).toContainText('News from Hamburg Mitte');
});
