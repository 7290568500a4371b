import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { makeDataDir, serveApp } from './support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const journeyFile = JSON.parse(
  fs.readFileSync(path.join(root, 'test/fixtures/exchange/v1-welcome.journey.json'), 'utf8'),
) as unknown;

test('a journey published to serve through its journey API shows read-only, "published from elsewhere", with its publish history', async ({
  page,
}) => {
  const dataDir = makeDataDir();
  const cli = path.join(root, 'bin', 'journey-studio.mjs');
  const key = execFileSync(process.execPath, [cli, 'api-key', 'create', 'design team', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .toString()
    .trim();
  const app = await serveApp(dataDir);
  try {
    const call = async (method: string, route: string, body?: unknown) => {
      const response = await fetch(`${app.baseUrl}api/v1/${route}`, {
        method,
        headers: {
          Authorization: `Bearer ${key}`,
          'Idempotency-Key': randomUUID(),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { id: string } };
    };
    const created = await call('POST', 'journeys', { journeyFile });
    expect(created.status).toBe(201);
    expect((await call('PUT', `journeys/${created.body.id}/start`)).status).toBe(200);

    await page.goto(app.openUrl);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Welcome' }) });
    await expect(row.getByText('Published from elsewhere')).toBeVisible();
    await row.getByRole('link', { name: 'Welcome' }).click();

    await expect(
      page.getByRole('status').filter({ hasText: 'Published from elsewhere and read-only here: version 1 runs.' }),
    ).toBeVisible();
    // Nothing here edits it: no Edit (a draft), no Activate; it can still be paused or stopped.
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await page.getByText('Publish history (2)').click();
    const history = page.locator('.received-publish-history table');
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(1)).toContainText('Started');
    await expect(history.getByRole('row').nth(1)).toContainText('Version 1');
    await expect(history.getByRole('row').nth(1)).toContainText('design team');
    await expect(history.getByRole('row').nth(1)).toContainText('started: version 1 runs');
    await expect(history.getByRole('row').nth(2)).toContainText('created as a draft');
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
