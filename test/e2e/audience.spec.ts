import fs from 'node:fs';
import { createNode, type Journey } from '../../shared/model/index';
import { expect, test } from './support/fixtures';
import { createJourney, saved, step, storedJourney } from './support/editor-page';

// Room for the lists panel, the contacts table and the detail panel side by side.
test.use({ viewport: { width: 1600, height: 1000 } });

const CSV = [
  'customerId,email,tier,Favourite colour',
  'c1,ann@example.com,gold,red',
  'c2,bob@example.com,silver,blue',
  'c3,not-an-email,gold,green',
  'c4,dee@example.com,gold,',
  ',nobody@example.com,silver,',
  'c6,eve@example.com,platinum,',
].join('\n');

test('fields, import with rejects, a filter estimate, a list, and the list in an entry node', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.openUrl);

  // Settings → Customer fields: define a single-choice field.
  await page.getByRole('link', { name: 'Customer fields' }).click();
  await expect(page.getByRole('heading', { name: 'Customer fields' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Customer fields' }).getByRole('row', { name: /Customer ID/ }),
  ).toContainText('Built-in');
  await page.getByRole('button', { name: '+ New field' }).click();
  const fieldDialog = page.getByRole('dialog', { name: 'New customer field' });
  await fieldDialog.getByLabel('Key').fill('tier');
  await fieldDialog.getByLabel('Label').fill('Loyalty tier');
  await fieldDialog.getByLabel('Type').selectOption({ label: 'Single choice' });
  await fieldDialog.getByLabel('Options').fill('gold\nsilver');
  await fieldDialog.getByRole('button', { name: 'Create field' }).click();
  await expect(fieldDialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Loyalty tier/ })).toContainText('gold, silver');

  // Contacts → Import CSV: three bad rows (an email, a missing customerId, an unknown option).
  await page.getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const mapping = page.getByRole('table', { name: 'Column mapping' });
  await expect(mapping.getByLabel('Field for column customerId')).toHaveValue('field:customerId');
  await expect(mapping.getByLabel('Field for column tier')).toHaveValue('field:tier');
  await mapping.getByLabel('Field for column Favourite colour').selectOption('ignore');
  await page.getByRole('button', { name: 'Start import' }).click();
  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 20_000 });
  const rejects = summary.getByRole('table', { name: 'Rejected rows' });
  await expect(rejects.getByRole('row')).toHaveCount(4);
  await expect(rejects).toContainText('4');
  await expect(rejects).toContainText('6');
  await expect(rejects).toContainText('7');
  const download = page.waitForEvent('download');
  await summary.getByRole('button', { name: 'Download rejected rows' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await page.screenshot({ path: testInfo.outputPath('import-summary.png') });
  await summary.getByRole('button', { name: 'Back to contacts' }).click();

  // The table shows the three good rows; a filter on the new field estimates and shows its matches.
  await expect(page.getByRole('status').filter({ hasText: /contacts?$/ })).toHaveText('3 contacts');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const filterPanel = page.getByRole('region', { name: 'Filter contacts' });
  await filterPanel.getByLabel('Field').selectOption({ label: 'Loyalty tier (tier)' });
  await filterPanel.getByLabel('Value').selectOption('gold');
  await expect(filterPanel.getByRole('region', { name: 'Estimate' })).toContainText('≈ 2 contacts');
  await filterPanel.getByRole('button', { name: 'Show matching' }).click();
  await expect(page.getByRole('status').filter({ hasText: /contacts?$/ })).toHaveText('2 contacts');
  await expect(page.getByRole('grid', { name: 'Contacts' })).toContainText('ann@example.com');
  await expect(page.getByRole('grid', { name: 'Contacts' })).not.toContainText('bob@example.com');

  // Export CSV in a browser downloads the filter's matches (the desktop app saves through its dialog).
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csvDownload = await exported;
  expect(csvDownload.suggestedFilename()).toMatch(/^contacts-filtered-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = fs.readFileSync((await csvDownload.path())!, 'utf8');
  expect(csvText.split('\r\n')[0]).toBe(
    'customerId,email,phone,telegramChatId,pushTokens,language,timeZone,createdAt,tier',
  );
  expect(csvText).toContain('ann@example.com');
  expect(csvText).not.toContain('bob@example.com');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();

  // A list of one contact, made from the table's selection.
  await page.getByRole('button', { name: '+ New list' }).click();
  await page.getByRole('dialog', { name: 'New list' }).getByLabel('List name').fill('VIPs');
  await page.getByRole('dialog', { name: 'New list' }).getByRole('button', { name: 'Create list' }).click();
  await page.getByLabel('Select c1').check();
  await page
    .getByRole('group', { name: 'Selected contacts' })
    .getByLabel('Add to list')
    .selectOption({ label: 'VIPs' });
  await page
    .getByRole('group', { name: 'Selected contacts' })
    .getByRole('button', { name: 'Add', exact: true })
    .click();
  await expect(page.getByRole('region', { name: 'Lists' }).getByRole('button', { name: /VIPs \(1\)/ })).toBeVisible();

  // The list as an entry node's audience, with its live estimate.
  const journey = await createJourney(page, app, 'VIP welcome', (blank): Journey => ({
    ...blank,
    nodes: [createNode('entry', { id: 'n_entry', position: { x: 0, y: 0 }, label: 'Start' })],
  }));
  await page.goto(`${app.baseUrl}#/journeys/${journey.id}`);
  await expect(saved(page)).toBeVisible();
  await step(page, 'Start').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('Audience').selectOption({ label: 'A list' });
  await inspector.getByLabel('List', { exact: true }).selectOption({ label: 'VIPs (1)' });
  await expect(inspector.getByRole('region', { name: 'Estimate' })).toContainText('≈ 1 contact');
  await expect(inspector.getByRole('list', { name: 'Sample of matching contacts' })).toContainText('c1');
  // The card on the canvas names the list, not its id.
  await expect(step(page, 'Start')).toContainText('List “VIPs”');
  await expect
    .poll(async () => {
      const stored = await storedJourney(page, app, journey.id);
      const entry = stored.nodes.find((node) => node.id === 'n_entry');
      return entry?.kind === 'entry' && entry.config.audience.type === 'list' ? entry.config.audience.listId : null;
    })
    .toMatch(/.+/);
  await page.screenshot({ path: testInfo.outputPath('entry-list-estimate.png') });
});
