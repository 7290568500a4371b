import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { test as base, expect } from '@playwright/test';
import { startCore } from '../../electron/services/app-services';
import { DATABASE_FILE_NAME } from '../../electron/services/store/database';
import {
  renderWith,
  SEED_EMAIL_MJML,
  SEED_TIME,
  seedAttempt,
  seedContact,
  seedJourney,
  storeOutboxMessage,
} from '../support/outbox-seed';
import { callApi } from './support/journey-api';
import { makeDataDir, serveApp, type ServedApp } from './support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MJML_WORKER_PATH = path.join(root, 'electron', 'services', 'rendering', 'mjml-worker.mjs');

/**
 * Writes outbox rows into the data folder as the sender does (rendered by the app's pipeline,
 * stored by the outbox provider's write), before `serve` opens it: the API itself never adds any.
 */
async function seedDataDir(dataDir: string): Promise<void> {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'e2e', mjmlWorkerPath: MJML_WORKER_PATH });
  try {
    seedJourney(core);
    seedContact(core, 'cus_ada', 'ada@example.com', '+4915112345678');
    seedContact(core, 'cus_bob', 'bob@example.com', null);
    const db = core.context.store.db;
    const email = await renderWith(
      core,
      'email',
      {
        subject: 'Your parcel, {{ customer.firstName }}',
        preheader: 'It left our warehouse',
        fromName: 'Shop',
        mjml: SEED_EMAIL_MJML,
      },
      { firstName: 'Ada', customerId: 'cus_ada' },
    );
    seedAttempt(core, {
      idempotencyKey: 'run:1:msg_shipped:send',
      attempt: 1,
      runId: 1,
      journeyId: 'jrn_shipping',
      nodeId: 'msg_shipped',
      contactId: 'cus_ada',
      fallbackIndex: 0,
      channel: 'email',
      status: 'accepted',
      at: SEED_TIME,
    });
    storeOutboxMessage(db, {
      id: 'out_email_ada',
      idempotencyKey: 'run:1:msg_shipped:send',
      channel: 'email',
      recipient: 'ada@example.com',
      journeyId: 'jrn_shipping',
      version: 1,
      nodeId: 'msg_shipped',
      runId: 1,
      contactId: 'cus_ada',
      rendered: email,
      createdAt: SEED_TIME,
    });
    // Older messages than Ada's, so the list has more than a screen to scroll over.
    const sms = await renderWith(
      core,
      'sms',
      { body: 'Bob, your parcel: https://shop.example.com/t/bob', senderId: 'SHOP' },
      {},
    );
    for (let i = 0; i < 150; i++)
      storeOutboxMessage(db, {
        id: `out_sms_${String(i).padStart(3, '0')}`,
        idempotencyKey: `run:${100 + i}:msg_reminder:send`,
        channel: 'sms',
        recipient: `+49151000${String(i).padStart(5, '0')}`,
        journeyId: 'jrn_shipping',
        version: 1,
        nodeId: 'msg_reminder',
        runId: 100 + i,
        contactId: 'cus_bob',
        rendered: sms,
        createdAt: SEED_TIME - (i + 1) * 60_000,
      });
  } finally {
    await core.stop();
  }
}

const test = base.extend<{ app: ServedApp & { dataDir: string } }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = makeDataDir();
    await seedDataDir(dataDir);
    const app = await serveApp(dataDir);
    try {
      await use({ ...app, dataDir });
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

test.use({ viewport: { width: 1500, height: 1000 } });

test('the outbox shows an email as received and records a click on its link', async ({ page, app }) => {
  await page.goto(app.openUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
  await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
  await expect(page.getByText('151 messages')).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Outbox messages' });
  // Virtualised: far fewer rows in the page than messages.
  expect(await list.getByRole('option').count()).toBeLessThan(60);
  await expect(list.getByRole('option').first()).toContainText('ada@example.com');

  await page.getByRole('searchbox', { name: 'Search the outbox' }).fill('ada@');
  await expect(page.getByText('1 message', { exact: true })).toBeVisible();
  await list.getByRole('option', { name: /Your parcel, Ada/ }).click();

  const message = page.getByRole('article', { name: 'Outbox message' });
  await expect(message.getByRole('heading', { name: 'Your parcel, Ada' })).toBeVisible();
  await expect(message.getByText('Shipping updates')).toBeVisible();
  await expect(message.getByText('Shipped email (msg_shipped)')).toBeVisible();
  const inbox = message.getByLabel('Inbox view');
  await expect(inbox).toContainText('Shop');
  await expect(inbox).toContainText('It left our warehouse');
  const frame = message.frameLocator('iframe[title="Email preview"]');
  await expect(frame.getByText('Hello Ada, your parcel is on its way.')).toBeVisible();
  await expect(message.getByRole('table')).toContainText('accepted');

  await frame.getByRole('link', { name: 'Track parcel' }).click();
  await expect(message.getByRole('status')).toHaveText(
    'Click on https://shop.example.com/track/cus_ada recorded for cus_ada.',
  );
  await expect(message.getByTestId('clicked-at')).not.toHaveText('—');
  // The frame did not follow the link: the email is still there.
  await expect(frame.getByText('Hello Ada, your parcel is on its way.')).toBeVisible();

  await message.getByRole('tab', { name: 'Plain text' }).click();
  await expect(message.getByLabel('Plain text part')).toContainText('Hello Ada, your parcel is on its way.');

  const clicked = await callApi<{ items: { id: string }[] }>(page.request, app, 'outbox', 'list', {
    status: 'clicked',
  });
  expect(clicked.items.map((m) => m.id)).toEqual(['out_email_ada']);
  const db = new Database(path.join(app.dataDir, DATABASE_FILE_NAME), { readonly: true });
  try {
    expect(db.prepare('SELECT customer_id, name, properties FROM engine_events').all()).toEqual([
      {
        customer_id: 'cus_ada',
        name: 'message.clicked',
        properties: JSON.stringify({
          messageId: 'out_email_ada',
          idempotencyKey: 'run:1:msg_shipped:send',
          url: 'https://shop.example.com/track/cus_ada',
        }),
      },
    ]);
  } finally {
    db.close();
  }
});

test('the list loads older messages while scrolling and filters by channel', async ({ page, app }) => {
  await page.goto(app.openUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
  const list = page.getByRole('listbox', { name: 'Outbox messages' });
  await expect(list.getByRole('option').first()).toBeVisible();
  // Each scroll to the bottom asks for the next page; the oldest message is there once the last page has come.
  const oldest = list.getByRole('option', { name: /\+4915100000149/ });
  await expect(async () => {
    await list.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await expect(oldest).toBeVisible({ timeout: 500 });
  }).toPass();
  await page.getByLabel('Channel').selectOption({ label: 'Email' });
  await expect(page.getByText('1 message', { exact: true })).toBeVisible();
  await page.getByLabel('Channel').selectOption({ label: 'SMS' });
  await list.getByRole('option').first().click();
  const message = page.getByRole('article', { name: 'Outbox message' });
  const bubble = message.getByLabel('SMS as received');
  await expect(bubble).toContainText('Bob, your parcel');
  await bubble.getByRole('button', { name: 'https://shop.example.com/t/bob' }).click();
  await expect(message.getByRole('status')).toHaveText('Click on https://shop.example.com/t/bob recorded for cus_bob.');
  await message.getByRole('button', { name: 'Record open' }).click();
  await expect(message.getByRole('button', { name: 'Opened' })).toBeDisabled();
});
