import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createNode, type Journey } from '../../shared/model/index';
import { makeDataDir, serveApp, type ServedApp } from './support/server';

type Saved = { journey: Journey; revision: number };

/** Calls the contract over HTTP the way the renderer does, for seeding faster than clicking. */
async function call<T>(
  request: APIRequestContext,
  app: ServedApp,
  method: string,
  input: unknown,
  service = 'journeys',
): Promise<T> {
  const response = await request.post(`${app.baseUrl}api/call/${service}/${method}`, {
    data: input,
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
  });
  const body = await response.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value as T;
}

/**
 * Returns once the clock has passed the given timestamp, so the next write is stamped later: the
 * list is ordered by last edit, to the millisecond.
 */
async function clockPasses(timestamp: string) {
  await expect.poll(() => Date.now(), { intervals: [1] }).toBeGreaterThan(Date.parse(timestamp));
}

/** Three journeys, oldest edit first: Welcome series, Abandoned cart, then Order shipped (activated, with steps). */
async function seed(request: APIRequestContext, app: ServedApp) {
  const shipped = await call<Saved>(request, app, 'create', { name: 'Order shipped' });
  const welcome = await call<Saved>(request, app, 'create', { name: 'Welcome series' });
  await clockPasses(welcome.journey.updatedAt);
  const abandoned = await call<Saved>(request, app, 'create', { name: 'Abandoned cart' });
  await clockPasses(abandoned.journey.updatedAt);
  const whatsapp = await call<{ id: string }>(
    request,
    app,
    'create',
    {
      channel: 'whatsapp',
      name: 'Shipped (WhatsApp)',
      content: {
        templateName: 'order_shipped',
        language: 'en',
        headerText: '',
        body: 'Your order has shipped.',
        footer: '',
        buttons: [],
        parameters: {},
      },
    },
    'templates',
  );
  const sms = await call<{ id: string }>(
    request,
    app,
    'create',
    { channel: 'sms', name: 'Shipped (SMS)', content: { body: 'Your order has shipped.', senderId: 'SHOP' } },
    'templates',
  );
  const entry = createNode('entry', { id: 'n-entry', position: { x: 0, y: 0 } });
  const message = createNode('message', { id: 'n-msg', position: { x: 300, y: 0 } });
  const exit = createNode('exit', { id: 'n-exit', position: { x: 600, y: 0 } });
  if (message.kind !== 'message') throw new Error('createNode returned the wrong kind');
  message.config = {
    ...message.config,
    channel: 'whatsapp',
    templateId: whatsapp.id,
    fallbacks: [{ channel: 'sms', templateId: sms.id }],
  };
  const saved = await call<Saved>(request, app, 'save', {
    journey: {
      ...shipped.journey,
      nodes: [entry, message, exit],
      edges: [
        { id: 'e1', source: 'n-entry', sourceHandle: 'next', target: 'n-msg' },
        { id: 'e2', source: 'n-msg', sourceHandle: 'next', target: 'n-exit' },
      ],
    },
    expectedRevision: shipped.revision,
  });
  await call<Saved>(request, app, 'activate', { id: shipped.journey.id, expectedRevision: saved.revision });
}

const journeysTable = (page: Page) => page.getByRole('table', { name: 'Journeys' });
const trashTable = (page: Page) => page.getByRole('table', { name: 'Trash' });

async function chooseRowAction(page: Page, journeyName: string, action: 'Rename' | 'Duplicate' | 'Delete') {
  await page.getByRole('button', { name: `More actions for ${journeyName}`, exact: true }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

test.describe('dashboard list', () => {
  let dataDir: string;
  let app: ServedApp;

  test.beforeEach(async ({ request }) => {
    dataDir = makeDataDir();
    app = await serveApp(dataDir);
    await seed(request, app);
  });

  test.afterEach(async () => {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('searches, filters, sorts, duplicates, trashes, restores and purges, and the result survives a reload', async ({
    page,
  }) => {
    await page.goto(app.openUrl);
    const table = journeysTable(page);
    const names = table.getByRole('link');
    await expect(names).toHaveText(['Order shipped', 'Abandoned cart', 'Welcome series']);

    // What a row tells about a journey without opening it.
    const shipped = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Order shipped' }) });
    await expect(shipped.getByText('Active', { exact: true })).toBeVisible();
    await expect(shipped.getByRole('img', { name: 'WhatsApp' })).toBeVisible();
    await expect(shipped.getByRole('img', { name: 'SMS' })).toBeVisible();
    await expect(shipped.getByRole('cell', { name: 'All contacts' })).toBeVisible();
    await expect(shipped.getByRole('cell', { name: '3', exact: true })).toBeVisible();
    await expect(shipped.getByRole('cell', { name: /ago|now/ })).toBeVisible();
    const welcome = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Welcome series' }) });
    await expect(welcome.getByRole('cell', { name: 'No channels' })).toBeVisible();
    await expect(welcome.getByRole('cell', { name: '—', exact: true })).toBeVisible();

    // Search as you type, case-insensitively.
    const search = page.getByLabel('Search journeys');
    await search.fill('ORDER');
    await expect(names).toHaveText(['Order shipped']);
    await expect(page.getByText('1 of 3 journeys')).toBeVisible();
    await search.fill('nothing like this');
    await expect(page.getByText('No journeys match')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    await expect(names).toHaveCount(3);

    // Filter by status.
    const status = page.getByLabel('Status', { exact: true });
    await status.selectOption({ label: 'Active' });
    await expect(names).toHaveText(['Order shipped']);
    await status.selectOption({ label: 'Draft' });
    await expect(names).toHaveText(['Abandoned cart', 'Welcome series']);
    await status.selectOption({ label: 'Paused' });
    await expect(page.getByText('No journeys match')).toBeVisible();
    await status.selectOption({ label: 'All statuses' });
    await expect(names).toHaveCount(3);

    // Sort.
    const sort = page.getByLabel('Sort by');
    await sort.selectOption({ label: 'Name (A–Z)' });
    await expect(names).toHaveText(['Abandoned cart', 'Order shipped', 'Welcome series']);
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await sort.selectOption({ label: 'Name (Z–A)' });
    await expect(names).toHaveText(['Welcome series', 'Order shipped', 'Abandoned cart']);
    await sort.selectOption({ label: 'Last edited (oldest first)' });
    await expect(names).toHaveText(['Welcome series', 'Abandoned cart', 'Order shipped']);
    await sort.selectOption({ label: 'Status' });
    await expect(names).toHaveText(['Abandoned cart', 'Welcome series', 'Order shipped']);
    await sort.selectOption({ label: 'Name (A–Z)' });

    // Duplicate: a new draft named "(copy)".
    await chooseRowAction(page, 'Order shipped', 'Duplicate');
    await expect(page.getByText('Duplicated as “Order shipped (copy)”.')).toBeVisible();
    await expect(names).toHaveText(['Abandoned cart', 'Order shipped', 'Order shipped (copy)', 'Welcome series']);
    const copy = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Order shipped (copy)' }) });
    await expect(copy.getByText('Draft', { exact: true })).toBeVisible();
    await expect(copy.getByRole('img', { name: 'WhatsApp' })).toBeVisible();

    // Delete moves to the trash.
    await chooseRowAction(page, 'Abandoned cart', 'Delete');
    await page
      .getByRole('alertdialog', { name: 'Delete “Abandoned cart”?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(names).toHaveText(['Order shipped', 'Order shipped (copy)', 'Welcome series']);
    // The row is gone, so focus lands on the current tab, which reads out the new count.
    await expect(page.getByRole('tab', { name: 'Journeys (3)' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Trash (1)' })).toBeVisible();

    // Restore from the trash.
    await page.getByRole('tab', { name: 'Trash (1)' }).click();
    await expect(trashTable(page).getByRole('rowheader')).toHaveText(['Abandoned cart']);
    await trashTable(page).getByRole('button', { name: 'Restore Abandoned cart' }).click();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Trash (0)' })).toBeFocused();
    await page.getByRole('tab', { name: 'Journeys (4)' }).click();
    await expect(names).toHaveText(['Abandoned cart', 'Order shipped', 'Order shipped (copy)', 'Welcome series']);

    // Delete forever, after a confirmation that says it cannot be undone.
    await chooseRowAction(page, 'Welcome series', 'Delete');
    await page
      .getByRole('alertdialog', { name: 'Delete “Welcome series”?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByRole('tab', { name: 'Trash (1)' }).click();
    await trashTable(page).getByRole('button', { name: 'Delete Welcome series forever' }).click();
    const purge = page.getByRole('alertdialog', { name: 'Delete “Welcome series” forever?' });
    await expect(purge).toContainText('cannot be undone');
    await purge.getByRole('button', { name: 'Cancel' }).click();
    await expect(trashTable(page).getByRole('rowheader')).toHaveText(['Welcome series']);
    await trashTable(page).getByRole('button', { name: 'Delete Welcome series forever' }).click();
    await purge.getByRole('button', { name: 'Delete forever' }).click();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Trash (0)' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('tab', { name: 'Journeys (3)', selected: true })).toBeVisible();
    // Restoring is not an edit, so "Abandoned cart" keeps its place by last edit.
    await expect(names).toHaveText(['Order shipped (copy)', 'Order shipped', 'Abandoned cart']);
    await page.getByRole('tab', { name: 'Trash (0)' }).click();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
  });

  test('keeps search, filter and sort across a trip to the editor', async ({ page }) => {
    await page.goto(app.openUrl);
    await page.getByLabel('Search journeys').fill('E');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Draft' });
    await page.getByLabel('Sort by').selectOption({ label: 'Name (Z–A)' });
    await expect(journeysTable(page).getByRole('link')).toHaveText(['Welcome series', 'Abandoned cart']);

    await journeysTable(page).getByRole('link', { name: 'Abandoned cart' }).click();
    await expect(page).toHaveURL(/#\/journeys\/.+/);
    await page.getByRole('link', { name: '← Journeys' }).click();

    await expect(page.getByLabel('Search journeys')).toHaveValue('E');
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('draft');
    await expect(page.getByLabel('Sort by')).toHaveValue('name-desc');
    await expect(journeysTable(page).getByRole('link')).toHaveText(['Welcome series', 'Abandoned cart']);
  });

  test('works from the keyboard, with focus going back where it came from', async ({ page }) => {
    await page.goto(app.openUrl);
    await expect(journeysTable(page).getByRole('link')).toHaveCount(3);

    // "+ New journey" opens a menu; Escape closes it and leaves focus on the button.
    const newJourney = page.getByRole('button', { name: '+ New journey' });
    await newJourney.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Blank canvas', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(newJourney).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const create = page.getByRole('dialog', { name: 'New journey' });
    await expect(create.getByLabel('Journey name')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(create).toBeHidden();
    await expect(newJourney).toBeFocused();

    // Rename from the row menu, all by keys.
    const more = page.getByRole('button', { name: 'More actions for Welcome series', exact: true });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Rename', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    const rename = page.getByRole('dialog', { name: 'Rename journey' });
    await expect(rename.getByLabel('Journey name')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Welcome series — v2');
    await page.keyboard.press('Enter');
    await expect(rename).toBeHidden();
    await expect(journeysTable(page).getByRole('link', { name: 'Welcome series — v2' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'More actions for Welcome series — v2' })).toBeFocused();

    // Duplicate by keys: focus stays on the row's menu button.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Duplicate', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(journeysTable(page).getByRole('link', { name: 'Welcome series — v2 (copy)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'More actions for Welcome series — v2', exact: true })).toBeFocused();
  });

  test('says why an action failed', async ({ page }) => {
    await page.goto(app.openUrl);
    await expect(journeysTable(page).getByRole('link')).toHaveCount(3);
    await app.stop();
    await chooseRowAction(page, 'Order shipped', 'Duplicate');
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: '“Order shipped” could not be duplicated: Journey Studio is not reachable.' }),
    ).toBeVisible();
    await expect(journeysTable(page).getByRole('link')).toHaveCount(3);
  });
});
