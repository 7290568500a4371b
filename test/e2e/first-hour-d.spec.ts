import type { Locator } from '@playwright/test';
import { createNode, type Journey } from '../../shared/model/index';
import { createJourney, saved, step } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { callApi } from './support/journey-api';

test.use({ viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });

async function seed(request: Parameters<typeof callApi>[0], app: Parameters<typeof callApi>[1]): Promise<void> {
  await callApi(request, app, 'fields', 'create', { key: 'city', label: 'City', description: '', type: 'text' });
  await callApi(request, app, 'fields', 'create', {
    key: 'birthday',
    label: 'Birthday',
    description: '',
    type: 'date',
  });
  await callApi(request, app, 'fields', 'create', {
    key: 'tier',
    label: 'Loyalty tier',
    description: '',
    type: 'choice',
    options: ['gold', 'silver'],
  });
  await callApi(request, app, 'contacts', 'save', {
    contact: { customerId: 'c1', email: 'ann@example.com', city: 'Berlin', birthday: '1990-03-05', tier: 'gold' },
  });
  await callApi(request, app, 'contacts', 'save', {
    contact: { customerId: 'c2', email: 'bob@example.com', city: 'Paris', tier: 'silver' },
  });
}

async function heightOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box.height;
}

test('a three-rule filter on the audience page lays out each rule on one row', async ({
  page,
  app,
  request,
}, testInfo) => {
  await seed(request, app);
  await page.goto(app.openUrl);
  await page.getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Filter contacts' });
  await panel.getByRole('button', { name: '+ Add rule' }).click();
  await panel.getByRole('button', { name: '+ Add rule' }).click();
  const rules = panel.getByRole('group', { name: /^Rule \d$/ });
  await expect(rules).toHaveCount(3);
  // Each control keeps its accessible name, though the labels are not shown.
  await rules.nth(0).getByLabel('Field').selectOption({ label: 'City (city)' });
  await rules.nth(0).getByLabel('Operator').selectOption({ label: 'starts with' });
  await rules.nth(0).getByLabel('Value').fill('Ber');
  await rules.nth(1).getByLabel('Field').selectOption({ label: 'Loyalty tier (tier)' });
  await rules.nth(1).getByLabel('Value').selectOption('gold');
  await rules.nth(2).getByLabel('Field').selectOption({ label: 'Email (email)' });
  await rules.nth(2).getByLabel('Operator').selectOption({ label: 'ends with' });
  await rules.nth(2).getByLabel('Value').fill('@example.com');
  await expect(panel.getByRole('region', { name: 'Estimate' })).toContainText('≈ 1 contact');

  for (let index = 0; index < 3; index += 1) {
    const row = panel.locator('.rule-list .list-row').nth(index);
    expect(await heightOf(row)).toBeLessThanOrEqual(48);
    // Field, operator, value and remove share the row.
    const field = await rules.nth(index).getByLabel('Field').boundingBox();
    const value = await rules.nth(index).getByLabel('Value').boundingBox();
    const remove = await panel.getByRole('button', { name: `Remove Rule ${index + 1}` }).boundingBox();
    expect(Math.abs(field!.y - value!.y)).toBeLessThan(4);
    expect(Math.abs(field!.y - remove!.y)).toBeLessThan(8);
  }
  // Rules are joined by the group's AND, shown between them.
  await expect(panel.locator('.rule-list.joined-and')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('filter-three-rules.png') });
});

test('choose columns adds a custom field column, remembered; details show dates in the locale', async ({
  page,
  app,
  request,
}) => {
  await seed(request, app);
  await page.goto(app.openUrl);
  await page.getByRole('link', { name: 'Contacts' }).click();
  const grid = page.getByRole('grid', { name: 'Contacts' });
  await expect(grid).toContainText('ann@example.com');
  await expect(grid.getByRole('columnheader', { name: 'City' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Choose columns' }).click();
  await page.getByRole('group', { name: 'Custom field columns' }).getByLabel('City').check();
  await expect(grid.getByRole('columnheader', { name: 'City' })).toBeVisible();
  await expect(grid.getByRole('row', { name: /c1/ })).toContainText('Berlin');
  await page.getByRole('group', { name: 'Custom field columns' }).getByLabel('Birthday').check();
  await expect(grid.getByRole('row', { name: /c1/ })).toContainText('Mar 5, 1990');

  // The choice outlives a reload.
  await page.reload();
  await page.getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('grid', { name: 'Contacts' }).getByRole('columnheader', { name: 'City' })).toBeVisible();

  await page.getByRole('grid', { name: 'Contacts' }).getByRole('row', { name: /c1/ }).click();
  const details = page.getByRole('region', { name: 'Contact details' });
  await expect(details).toContainText('Mar 5, 1990');
  await expect(details).not.toContainText('1990-03-05');
  // createdAt is an instant: shown as a date and time, not ISO text.
  await expect(details).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
});

test('in the narrow inspector a rule stays compact: field and operator on one line, the value under them', async ({
  page,
  app,
  request,
}, testInfo) => {
  await seed(request, app);
  const journey = await createJourney(page, app, 'Berliners', (blank): Journey => ({
    ...blank,
    nodes: [
      {
        ...createNode('condition', { id: 'n_condition', position: { x: 0, y: 0 }, label: 'Berlin check' }),
        config: {
          source: 'profile',
          filter: {
            combinator: 'and',
            groups: [
              {
                combinator: 'and',
                rules: [
                  { field: 'city', operator: 'startsWith', value: 'Ber' },
                  { field: 'tier', operator: 'equals', value: 'gold' },
                ],
              },
            ],
          },
        },
      },
    ],
  }));
  await page.goto(app.openUrl);
  await page.goto(`${app.baseUrl}#/journeys/${journey.id}`);
  await expect(saved(page)).toBeVisible();
  await step(page, 'Berlin check').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const rules = inspector.getByRole('group', { name: /^Rule \d$/ });
  await expect(rules).toHaveCount(2);
  await expect(rules.nth(0).getByLabel('Value')).toHaveValue('Ber');
  for (let index = 0; index < 2; index += 1) {
    const row = inspector.locator('.rule-list .list-row').nth(index);
    expect(await heightOf(row)).toBeLessThanOrEqual(72);
    const field = await rules.nth(index).getByLabel('Field').boundingBox();
    const operator = await rules.nth(index).getByLabel('Operator').boundingBox();
    expect(Math.abs(field!.y - operator!.y)).toBeLessThan(4);
  }
  const overflow = await inspector.evaluate((element) => {
    const scroller = element;
    return scroller.scrollWidth - scroller.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await inspector.screenshot({ path: testInfo.outputPath('inspector-filter.png') });
});
