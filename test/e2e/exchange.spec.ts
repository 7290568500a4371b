import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createNode, type Journey } from '../../shared/model/index';
import { saved, step } from './support/editor-page';
import { callApi } from './support/journey-api';
import type { ServedApp } from './support/server';

test.use({ viewport: { width: 1500, height: 950 } });

const MJML =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Back in stock</mj-text></mj-column></mj-section></mj-body></mjml>';

async function seedJourney(page: Page, app: ServedApp, name: string): Promise<Journey> {
  const template = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'email',
    name: 'Back in stock mail',
    content: { subject: 'It is back', preheader: '', fromName: 'Shop', mjml: MJML },
  });
  const created = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'create', {
    name,
  });
  const message = createNode('message', { id: 'notify', position: { x: 320, y: 0 }, label: 'Notify' });
  const journey: Journey = {
    ...created.journey,
    nodes: [
      createNode('entry', { id: 'start', position: { x: 0, y: 0 }, label: 'Waiting list' }),
      { ...message, config: { ...message.config, templateId: template.id } },
      createNode('exit', { id: 'done', position: { x: 640, y: 0 }, label: 'Done' }),
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'notify' },
      { id: 'e2', source: 'notify', sourceHandle: 'next', target: 'done' },
    ],
  };
  return (
    await callApi<{ journey: Journey }>(page.request, app, 'journeys', 'save', {
      journey,
      expectedRevision: created.revision,
    })
  ).journey;
}

async function savedText(download: Download, path: string): Promise<string> {
  await download.saveAs(path);
  return fs.readFileSync(path, 'utf8');
}

/** Drops a file on the dashboard the way a file manager does: a drop event carrying it. */
async function dropFile(page: Page, name: string, content: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/json' }));
      return data;
    },
    [name, content] as const,
  );
  const target = page.locator('main.dashboard');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a .journey.json file to import it as a new draft')).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

// Files of a test live in a directory of their own, outside the shared test-results folder.
const scratchDirs: string[] = [];
test.afterEach(() => {
  for (const dir of scratchDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function scratch(): (name: string) => string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-exchange-e2e-'));
  scratchDirs.push(dir);
  return (name) => path.join(dir, name);
}

const table = (page: Page) => page.getByRole('table', { name: 'Journeys' });
const notice = (page: Page, text: string | RegExp) => page.locator('.notices').getByText(text);

test('a journey exported to a .journey.json file imports back as a new draft with the same steps', async ({
  page,
  app,
}) => {
  const file = scratch();
  const original = await seedJourney(page, app, 'Back in stock');
  await page.goto(app.openUrl);

  // Export from the dashboard's row menu: the browser downloads the file.
  await page.getByRole('button', { name: 'More actions for Back in stock' }).click();
  const fromDashboard = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export' }).click();
  const download = await fromDashboard;
  expect(download.suggestedFilename()).toMatch(/\.journey\.json$/);
  const filePath = file(download.suggestedFilename());
  const text = await savedText(download, filePath);
  const exported = JSON.parse(text) as { format: string; journey: Journey; templates: { id: string; name: string }[] };
  expect(exported.format).toBe('journey-studio.journey');
  expect(exported.journey.name).toBe('Back in stock');
  expect(exported.journey.nodes.map((node) => [node.id, node.kind, node.label])).toEqual(
    original.nodes.map((node) => [node.id, node.kind, node.label]),
  );
  expect(exported.journey.edges).toEqual(original.edges);
  expect(exported.templates.map((template) => template.name)).toEqual(['Back in stock mail']);

  // The editor's Export gives the same bytes: nothing in the file depends on when or where.
  await table(page).getByRole('link', { name: 'Back in stock' }).click();
  await expect(saved(page)).toBeVisible();
  const fromEditor = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Journey lifecycle' }).getByRole('button', { name: 'Export' }).click();
  expect(await savedText(await fromEditor, file('again.journey.json'))).toBe(text);
  await page.getByRole('link', { name: '← Journeys' }).click();

  // Import it back through the file picker.
  await page.getByLabel('Journey file to import').setInputFiles(filePath);
  await expect(notice(page, 'Imported “Back in stock (imported)” (1 template reused).')).toBeVisible();
  await table(page).getByRole('link', { name: 'Back in stock (imported)' }).click();
  await expect(page.getByRole('heading', { name: 'Back in stock (imported)', level: 1 })).toBeVisible();
  for (const label of ['Waiting list', 'Notify', 'Done']) await expect(step(page, label)).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.locator('.editor-header .badge', { hasText: 'Draft' })).toBeVisible();

  // And once more by dropping the file on the dashboard.
  await page.getByRole('link', { name: '← Journeys' }).click();
  await dropFile(page, 'back-in-stock.journey.json', text);
  await expect(notice(page, /^Imported “Back in stock \(imported 2\)”/)).toBeVisible();
  await expect(table(page).getByRole('link', { name: 'Back in stock (imported 2)' })).toBeVisible();
});

test('a broken journey file is refused with its problems and their JSON paths, and nothing is imported', async ({
  page,
  app,
}) => {
  const file = scratch();
  await page.goto(app.openUrl);
  const broken = {
    format: 'journey-studio.journey',
    schemaVersion: 2,
    journey: {
      id: 'jrn-x',
      name: 'Broken file',
      nodes: [{ id: 'a', kind: 'teleport', label: 'Beam', position: { x: 0, y: 0 }, config: {} }],
      edges: [],
    },
    templates: [],
    fields: [],
  };
  const filePath = file('broken.journey.json');
  fs.writeFileSync(filePath, JSON.stringify(broken));
  await page.getByLabel('Journey file to import').setInputFiles(filePath);

  const report = page.getByRole('dialog', { name: '“broken.journey.json” could not be imported' });
  await expect(report).toBeVisible();
  const issues = report.getByRole('list', { name: 'Problems in the file' });
  await expect(issues.getByRole('listitem').first()).toBeVisible();
  await expect(issues).toContainText('journey.nodes[0]');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('No journeys yet.')).toBeVisible();
});

test('a file over 5 MiB is refused before it is read or sent', async ({ page, app }) => {
  const file = scratch();
  await page.goto(app.openUrl);
  const filePath = file('huge.journey.json');
  fs.writeFileSync(filePath, `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`);
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/call/exchange/')) calls.push(request.url());
  });
  await page.getByLabel('Journey file to import').setInputFiles(filePath);
  const report = page.getByRole('dialog', { name: '“huge.journey.json” could not be imported' });
  await expect(report).toContainText('is too large (5.1 MiB); a journey file is at most 5 MiB.');
  expect(calls).toEqual([]);
});
