import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { makeDataDir, serveApp } from './support/server';

const recordedEvents = (dataDir: string) => {
  const db = new Database(path.join(dataDir, 'journey-studio.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT customer_id, name, properties, source FROM engine_events ORDER BY rowid').all();
  } finally {
    db.close();
  }
};

test('Settings → API: the key is shown once, regenerated, works with the events API, and a test event is sent', async ({
  page,
}) => {
  const dataDir = makeDataDir();
  const app = await serveApp(dataDir);
  try {
    await page.goto(app.openUrl);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'API', exact: true })).toBeVisible();
    await expect(page.getByTestId('events-endpoint')).toHaveText(`POST ${app.baseUrl}api/v1/events`);

    // Created on this first visit and shown whole, once.
    const firstKey = (await page.getByTestId('api-key').textContent())!;
    expect(firstKey).toMatch(/^jsk_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByLabel('Example request')).toContainText(`Authorization: Bearer ${firstKey}`);

    const post = (key: string) =>
      fetch(`${app.baseUrl}api/v1/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        body: JSON.stringify({ customerId: 'c-api', name: 'order.shipped' }),
      });
    expect((await post(firstKey)).status).toBe(202);

    // A later visit shows only the hint: the key itself is not stored.
    await page.reload();
    await expect(page.getByTestId('api-key-hint')).toHaveText(`jsk_…${firstKey.slice(-4)}`);
    await expect(page.getByTestId('api-key')).toHaveCount(0);

    await page.getByRole('button', { name: 'Regenerate key…' }).click();
    await page
      .getByRole('alertdialog', { name: 'Regenerate the API key?' })
      .getByRole('button', { name: 'Regenerate' })
      .click();
    const secondKey = page.getByTestId('api-key');
    await expect(secondKey).toHaveText(/^jsk_/);
    const newKey = (await secondKey.textContent())!;
    expect(newKey).not.toBe(firstKey);
    expect((await post(firstKey)).status).toBe(401);
    expect((await post(newKey)).status).toBe(202);

    // The test-event dialog names what is wrong before anything is sent.
    await page.getByRole('button', { name: 'Send test event…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send test event' });
    await dialog.getByLabel('Customer id').fill('c-dialog');
    await dialog.getByLabel('Event name').fill('cart.abandoned');
    await dialog.getByLabel('Properties (JSON)').fill('{"items": 3,}');
    await dialog.getByRole('button', { name: 'Send event' }).click();
    await expect(dialog.getByRole('alert')).toContainText(/Not valid JSON.*line 1,? column/);
    await dialog.getByLabel('Properties (JSON)').fill('[3]');
    await dialog.getByRole('button', { name: 'Send event' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Expected a JSON object');
    await dialog.getByLabel('Properties (JSON)').fill('{"items": 3}');
    await dialog.getByRole('button', { name: 'Send event' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/Recorded the event “cart\.abandoned” for c-dialog/)).toBeVisible();

    expect(recordedEvents(dataDir)).toEqual([
      { customer_id: 'c-api', name: 'order.shipped', properties: '{}', source: 'api' },
      { customer_id: 'c-api', name: 'order.shipped', properties: '{}', source: 'api' },
      { customer_id: 'c-dialog', name: 'cart.abandoned', properties: '{"items":3}', source: 'app' },
    ]);
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
