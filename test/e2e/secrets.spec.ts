import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { makeDataDir, serveApp } from './support/server';

const VALUE = 'crm-e2e-token-6d1f9a3b7c';
const REPLACED = 'crm-e2e-token-replaced-2e8b';

test('Settings → Secrets: add, see only ••••, replace, delete; the value is never on the page or in the database', async ({
  page,
}) => {
  const dataDir = makeDataDir();
  const app = await serveApp(dataDir);
  try {
    await page.goto(app.openUrl);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Secrets' });
    await expect(section.getByText('No secrets yet.')).toBeVisible();

    const add = section.getByRole('form', { name: 'Add a secret' });
    await add.getByLabel('Name').fill('crm token');
    await add.getByRole('button', { name: 'Add secret' }).click();
    await expect(
      add.getByText('Use letters, digits and underscores, starting with a letter (e.g. crm_token)'),
    ).toBeVisible();
    await expect(add.getByText('Enter the value')).toBeVisible();

    await add.getByLabel('Name').fill('crm_token');
    await add.getByLabel('Value').fill(VALUE);
    await add.getByRole('button', { name: 'Add secret' }).click();
    const row = section.locator('tr[data-secret="crm_token"]');
    await expect(row).toContainText('••••');
    await expect(add.getByLabel('Value')).toHaveValue('');
    expect(await page.content()).not.toContain(VALUE);

    await row.getByRole('button', { name: 'Replace' }).click();
    await row.getByLabel('New value').fill(REPLACED);
    await row.getByRole('button', { name: 'Save' }).click();
    await expect(row.getByRole('button', { name: 'Replace' })).toBeVisible();
    await page.reload();
    await expect(section.locator('tr[data-secret="crm_token"]')).toContainText('••••');
    expect(await page.content()).not.toContain(REPLACED);

    const db = new Database(path.join(dataDir, 'journey-studio.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT name FROM secrets').pluck().all()).toEqual(['crm_token']);
    } finally {
      db.close();
    }
    for (const file of fs.readdirSync(dataDir)) {
      const bytes = fs.statSync(path.join(dataDir, file)).isFile() ? fs.readFileSync(path.join(dataDir, file)) : null;
      expect(bytes?.includes(REPLACED) ?? false).toBe(false);
      expect(bytes?.includes(VALUE) ?? false).toBe(false);
    }

    await section.locator('tr[data-secret="crm_token"]').getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete the secret “crm_token”?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(section.getByText('No secrets yet.')).toBeVisible();
  } finally {
    await app.stop();
  }
});
