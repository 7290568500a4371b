import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures';
import { callApi } from './support/journey-api';
import { makeDataDir, serveApp, type ServedApp } from './support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const journeyFile = fs.readFileSync(path.join(root, 'test/fixtures/exchange/v1-welcome.journey.json'), 'utf8');

test.use({ viewport: { width: 1600, height: 1000 } });

/** A second `journey-studio serve` as the team's backend, with a client key made by its CLI. */
let backend: ServedApp;
let backendDir: string;
let clientKey: string;
test.beforeEach(async () => {
  backendDir = makeDataDir();
  backend = await serveApp(backendDir);
  clientKey = execFileSync(
    process.execPath,
    [path.join(root, 'bin', 'journey-studio.mjs'), 'api-key', 'create', 'Designer desk', '--data-dir', backendDir],
    { encoding: 'utf8' },
  ).trim();
});
test.afterEach(async () => {
  await backend.stop();
  fs.rmSync(backendDir, { recursive: true, force: true });
});

test('a backend set up in Settings takes a published journey, which starts and stops there from the editor', async ({
  page,
  app,
}) => {
  const imported = await callApi<{ journey: { id: string }; revision: number }>(
    page.request,
    app,
    'exchange',
    'import',
    {
      content: journeyFile,
    },
  );
  const journeyId = imported.journey.id;
  await callApi(page.request, app, 'journeys', 'activate', { id: journeyId, expectedRevision: imported.revision });

  // Settings → Backends: a wrong key first (the backend's own refusal shows), then the right one.
  await page.goto(app.openUrl);
  await page.getByRole('link', { name: 'Settings' }).click();
  const form = page.getByRole('group', { name: 'New backend' });
  await form.getByLabel('Name').fill('Team server');
  await form.getByLabel('Base URL').fill('ftp://nowhere');
  await form.getByLabel('API key').fill('jsc_not-a-real-key');
  await form.getByRole('button', { name: 'Add backend' }).click();
  await expect(form.getByText('Use an http:// or https:// address, not ftp:')).toBeVisible();
  await form.getByLabel('Base URL').fill(backend.baseUrl);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('alert')).toHaveText('401: The API key is not known to this server.');
  await form.getByLabel('API key').fill(clientKey);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status')).toHaveText(
    new RegExp(
      `^Connected: Journey Studio \\S+, journey API v1, as “Designer desk” \\(key jsc_…${clientKey.slice(-4)}\\)\\.$`,
    ),
  );
  await form.getByRole('button', { name: 'Add backend' }).click();
  const card = page.getByRole('group', { name: 'Team server backend' });
  await expect(card.getByTestId('secret-stored')).toHaveText(`••••${clientKey.slice(-4)}`);
  await expect(page.getByText(clientKey)).toHaveCount(0);
  // The key is in the secret store, changed only here.
  const secretRow = page.getByRole('table', { name: 'Secrets' }).getByRole('row', { name: /^backend\..+\.apiKey/ });
  await expect(secretRow).toContainText('Set under Backends');
  await card.getByRole('button', { name: 'Test connection' }).click();
  await expect(card.getByRole('status')).toContainText('Connected: Journey Studio');

  // Publish to… from the editor's header.
  await page.goto(`${app.baseUrl}#/journeys/${journeyId}`);
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await page.getByRole('group', { name: 'Journey lifecycle' }).getByRole('button', { name: 'Publish to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish “Welcome” to a backend' });
  await expect(dialog.getByLabel('Backend')).toHaveValue(/.+/);
  await dialog.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Published version 1 to Team server. It is there as a new journey, not started yet: Start runs it as version 1.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Its state there, and Start / Stop acting on the backend.
  const there = page.getByRole('group', { name: 'On Team server' });
  await expect(there).toContainText('Draft');
  await expect(there).toContainText('not started there yet');
  await there.getByRole('button', { name: 'Start on Team server' }).click();
  await expect(there).toContainText('Active');
  await expect(there).toContainText('version 1 runs there (version 1 here)');
  await expect(there).toContainText('0 entered, 0 in flight, 0 converted');

  // Someone publishes version 2 there directly: the bar, reading the backend again while visible, shows it.
  const [publication] = await callApi<{ remoteJourneyId: string }[]>(page.request, app, 'publisher', 'publications', {
    journeyId,
  });
  const remoteUrl = `${backend.baseUrl}api/v1/journeys/${publication!.remoteJourneyId}`;
  const elsewhere = await page.request.post(`${remoteUrl}/versions`, {
    headers: {
      Authorization: `Bearer ${clientKey}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': 'other-desk',
    },
    data: JSON.stringify({ baseVersion: 1, journeyFile: JSON.parse(journeyFile) }),
  });
  expect(elsewhere.status()).toBe(201);
  await expect(there).toContainText('version 2 runs there (published from elsewhere)');

  await there.getByRole('button', { name: 'Stop on Team server' }).click();
  await page
    .getByRole('alertdialog', { name: 'Stop “Welcome” on Team server?' })
    .getByRole('button', { name: 'Stop there' })
    .click();
  await expect(there).toContainText('Stopped');
  await expect(there).toContainText('version 2 ran there (published from elsewhere)');
  await expect(there.getByRole('button', { name: 'Start on Team server' })).toHaveCount(0);
  // The backend itself says so.
  const remote = await page.request.get(remoteUrl, { headers: { Authorization: `Bearer ${clientKey}` } });
  expect(await remote.json()).toMatchObject({ status: 'stopped', activeVersion: 2, publishedFromElsewhere: true });

  await page.getByRole('button', { name: 'Publish history' }).click();
  const history = page.getByRole('table', { name: 'Publish history' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('Team server');
  await expect(history.getByRole('row').nth(1)).toContainText(`…${clientKey.slice(-4)}`);
  await expect(history.getByRole('row').nth(1)).toContainText('Published as version 1 there');
});
