import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { makeDataDir, serveApp } from './support/server';

test('journeys are created, renamed and deleted in the UI and survive reloads and restarts', async ({ page }) => {
  const dataDir = makeDataDir();
  let app = await serveApp(dataDir);
  try {
    await page.goto(app.openUrl);
    await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
    // The token leaves the address bar as soon as the app has it.
    await expect(page).not.toHaveURL(/token=/);

    await page.getByRole('button', { name: '+ New journey' }).click();
    await page.getByRole('menuitem', { name: 'Blank canvas' }).click();
    const dialog = page.getByRole('dialog', { name: 'New journey' });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Please enter a name.');
    await dialog.getByLabel('Journey name').fill('Order shipped');
    await dialog.getByRole('button', { name: 'Create' }).click();
    // A new journey opens in the editor straight away.
    await expect(page).toHaveURL(/#\/journeys\/[^/]+$/);
    await page.getByRole('link', { name: '← Journeys' }).click();
    const table = page.getByRole('table', { name: 'Journeys' });
    await expect(table.getByRole('link', { name: 'Order shipped' })).toBeVisible();
    await expect(table.getByText('Draft')).toBeVisible();

    await page.getByRole('button', { name: 'More actions for Order shipped' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename journey' });
    await expect(rename.getByLabel('Journey name')).toHaveValue('Order shipped');
    await rename.getByLabel('Journey name').fill('Order shipped — WhatsApp first');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(table.getByRole('link', { name: 'Order shipped — WhatsApp first' })).toBeVisible();

    await page.reload();
    await expect(table.getByRole('link', { name: 'Order shipped — WhatsApp first' })).toBeVisible();

    await table.getByRole('link', { name: 'Order shipped — WhatsApp first' }).click();
    await expect(page.getByRole('heading', { name: 'Order shipped — WhatsApp first' })).toBeVisible();
    await page.getByRole('link', { name: '← Journeys' }).click();

    await app.stop();
    app = await serveApp(dataDir);
    await page.goto(app.openUrl);
    await expect(table.getByRole('link', { name: 'Order shipped — WhatsApp first' })).toBeVisible();

    await page.getByRole('button', { name: 'More actions for Order shipped — WhatsApp first' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: /Delete “Order shipped — WhatsApp first”\?/ });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(table.getByRole('link', { name: 'Order shipped — WhatsApp first' })).toBeVisible();
    await page.getByRole('button', { name: 'More actions for Order shipped — WhatsApp first' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('No journeys yet.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No journeys yet.')).toBeVisible();
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the API refuses calls without the token and the UI says how to connect', async ({ page, request }) => {
  const dataDir = makeDataDir();
  const app = await serveApp(dataDir);
  try {
    const refused = await request.post(`${app.baseUrl}api/call/journeys/list`, { data: {} });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('UNAUTHORIZED');

    const allowed = await request.post(`${app.baseUrl}api/call/journeys/list`, {
      data: {},
      headers: { Authorization: `Bearer ${app.token}` },
    });
    expect(allowed.status()).toBe(200);

    // Opened without the token (e.g. a bookmark from an earlier launch): a clear message, not a blank page.
    await page.goto(app.baseUrl);
    await expect(page.getByRole('alert')).toContainText('Open the link printed by "journey-studio serve"');
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
