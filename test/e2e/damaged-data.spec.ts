import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { callApi } from './support/journey-api';
import { makeDataDir, serveApp } from './support/server';

test('a damaged journey and a damaged template are shown as unreadable, and the rest of each list still works', async ({
  page,
  request,
}) => {
  const dataDir = makeDataDir();
  let app = await serveApp(dataDir);
  try {
    await callApi(request, app, 'journeys', 'create', { name: 'Healthy journey' });
    const hurt = await callApi<{ journey: { id: string } }>(request, app, 'journeys', 'create', {
      name: 'Hurt journey',
    });
    await callApi(request, app, 'templates', 'create', { channel: 'sms', name: 'Fine SMS' });
    await app.stop();

    // Damage two rows the way another program or a bad disk might.
    const db = new Database(path.join(dataDir, 'journey-studio.sqlite'));
    db.prepare("UPDATE journeys SET document = '{not json' WHERE id = ?").run(hurt.journey.id);
    db.prepare(
      `INSERT INTO templates (id, channel, name, language, content, created_at, updated_at)
       VALUES ('tpl_fax', 'fax', 'Old fax', '', '{}', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    ).run();
    db.close();

    app = await serveApp(dataDir);
    await page.goto(app.openUrl);
    const table = page.getByRole('table', { name: 'Journeys' });
    await expect(table.getByRole('link', { name: 'Healthy journey' })).toBeVisible();
    const hurtRow = table.getByRole('row').filter({ hasText: 'Hurt journey' });
    await expect(hurtRow.getByText('Unreadable')).toBeVisible();
    await expect(hurtRow.getByText(/is not valid JSON; the database may be damaged/)).toBeVisible();
    await expect(hurtRow.getByRole('button', { name: 'Fix Hurt journey' })).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
    await expect(page.getByRole('heading', { name: 'Templates' })).toBeVisible();
    await expect(page.getByText('Fine SMS')).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: '1 stored template cannot be read' });
    await expect(alert.getByText('Old fax', { exact: true })).toBeVisible();
    await alert.getByRole('button', { name: 'Delete Old fax' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByText('Fine SMS')).toBeVisible();
  } finally {
    await app.stop();
  }
});
