import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { createNode, type Journey } from '../../shared/model/index';
import { callApi } from './support/journey-api';
import { orderEntry, vipCondition } from './support/vip-steps';
import { makeDataDir, serveApp, type ServedApp } from './support/server';

const GOLD = 15;
const SILVER = 35;

/**
 * "order" → condition "VIP?" (loyalty tier gold) → yes: "Gold SMS" → "Thanked";
 * no: "Wait for browse" (1 day) → on the event "Browsed", on the timeout "Timed out".
 */
async function seedJourney(page: Page, app: ServedApp): Promise<void> {
  await callApi(page.request, app, 'fields', 'create', { key: 'loyalty_tier', label: 'Loyalty tier', type: 'text' });
  await callApi(page.request, app, 'settings', 'set', { key: 'channels.sms.provider', value: 'local' });
  const sms = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Gold thanks',
    content: { body: 'Thank you, gold member.', senderId: 'SHOP' },
  });
  const created = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'create', {
    name: 'Order follow-up',
  });
  const at = (x: number, y: number) => ({ x, y });
  const text = createNode('message', { id: 'gold', position: at(640, 0), label: 'Gold SMS' });
  const wait = createNode('waitForEvent', { id: 'wait', position: at(640, 320), label: 'Wait for browse' });
  const journey: Journey = {
    ...created.journey,
    nodes: [
      orderEntry('start', at(0, 150)),
      vipCondition('vip', at(320, 150)),
      { ...text, config: { ...text.config, channel: 'sms', templateId: sms.id } },
      {
        ...wait,
        config: { ...wait.config, event: 'custom', customEventName: 'browse', timeout: { amount: 1, unit: 'days' } },
      },
      createNode('exit', { id: 'thanked', position: at(960, 0), label: 'Thanked' }),
      createNode('exit', { id: 'browsed', position: at(960, 250), label: 'Browsed' }),
      createNode('exit', { id: 'timedout', position: at(960, 420), label: 'Timed out' }),
    ] as Journey['nodes'],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'vip' },
      { id: 'e2', source: 'vip', sourceHandle: 'yes', target: 'gold' },
      { id: 'e3', source: 'vip', sourceHandle: 'no', target: 'wait' },
      { id: 'e4', source: 'gold', sourceHandle: 'next', target: 'thanked' },
      { id: 'e5', source: 'wait', sourceHandle: 'event', target: 'browsed' },
      { id: 'e6', source: 'wait', sourceHandle: 'timeout', target: 'timedout' },
    ],
  };
  const saved = await callApi<{ revision: number }>(page.request, app, 'journeys', 'save', {
    journey,
    expectedRevision: created.revision,
  });
  await callApi(page.request, app, 'journeys', 'activate', {
    id: created.journey.id,
    expectedRevision: saved.revision,
  });
}

async function postEvents(app: ServedApp, key: string, events: unknown[]): Promise<void> {
  const response = await fetch(`${app.baseUrl}api/v1/events:batch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify({ events }),
  });
  expect(response.status).toBe(202);
  expect(((await response.json()) as { refused: number }).refused).toBe(0);
}

const contactId = (i: number) => `c-${String(i).padStart(2, '0')}`;

test.use({ viewport: { width: 1700, height: 1000 } });

test('statistics on the canvas: counts per step, the lowest conversion, a step’s contacts and a contact’s branch reasons, updating live', async ({
  page,
}) => {
  const dataDir = makeDataDir();
  const app = await serveApp(dataDir);
  try {
    await seedJourney(page, app);
    const { key } = await callApi<{ key: string }>(page.request, app, 'eventsApi', 'regenerateKey', {});
    // 50 contacts through the events API: the first 15 gold, the other 35 silver.
    await postEvents(
      app,
      key,
      Array.from({ length: GOLD + SILVER }, (_, i) => ({
        customerId: contactId(i),
        name: 'order',
        customer: { phone: `+4915112345${String(i).padStart(3, '0')}`, loyalty_tier: i < GOLD ? 'gold' : 'silver' },
      })),
    );

    await page.goto(app.openUrl);
    await page.getByRole('table', { name: 'Journeys' }).getByRole('link', { name: 'Order follow-up' }).click();
    await page.getByRole('button', { name: 'Statistics', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Statistics', exact: true })).toHaveAttribute('aria-pressed', 'true');

    const statsOf = (label: string) => page.getByRole('region', { name: `Statistics of ${label}` });
    await expect(statsOf('Order placed')).toContainText(`Entered ${GOLD + SILVER}`, { timeout: 15_000 });
    await expect(statsOf('VIP?')).toContainText(`Entered ${GOLD + SILVER}`);
    await expect(statsOf('Gold SMS')).toContainText(`Entered ${GOLD}`);
    await expect(statsOf('Gold SMS')).toContainText(`Sent ${GOLD}`);
    await expect(statsOf('Gold SMS')).toContainText('Conversion 30%');
    await expect(statsOf('Wait for browse')).toContainText(`Entered ${SILVER}`);
    await expect(statsOf('Wait for browse')).toContainText(`In flight ${SILVER}`);
    await expect(statsOf('Wait for browse')).toContainText('Conversion 70%');
    await expect(statsOf('Thanked')).toContainText(`Exited ${GOLD}`);

    // The lowest conversion is the gold branch, and it alone is highlighted.
    await expect(statsOf('Gold SMS')).toHaveAttribute('data-lowest', 'true');
    await expect(statsOf('Gold SMS')).toContainText('Lowest conversion');
    await expect(page.locator('.step-statistics[data-lowest="true"]')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Statistics controls' })).toContainText(
      `Entered ${GOLD + SILVER} · In flight ${SILVER}`,
    );

    // The contacts waiting on a step, with their next wake-up.
    await statsOf('Wait for browse')
      .getByRole('button', { name: /Entered/ })
      .click();
    const contacts = page.getByRole('region', { name: 'Contacts at Wait for browse' });
    await expect(contacts.getByRole('row')).toHaveCount(SILVER + 1);
    const silver = contactId(GOLD);
    const row = contacts.getByRole('row', { name: new RegExp(silver) });
    await expect(row).toContainText('Wait for browse');
    await expect(row).toContainText('(timeout) · waiting for browse');

    // One contact's timeline says why the condition sent them this way.
    await row.getByRole('button', { name: silver }).click();
    const timeline = page.getByRole('region', { name: `Timeline of ${silver}` });
    await expect(timeline).toContainText("VIP?: condition 'VIP?' false: loyalty_tier is 'silver'");
    await expect(timeline).toContainText('waiting for browse until');
    await expect(timeline).toContainText('event order');

    // New events move the counts while the overlay is shown.
    await postEvents(
      app,
      key,
      Array.from({ length: 5 }, (_, i) => ({ customerId: contactId(GOLD + i), name: 'browse' })),
    );
    await expect(statsOf('Browsed')).toContainText('Entered 5', { timeout: 15_000 });
    await expect(statsOf('Wait for browse')).toContainText(`In flight ${SILVER - 5}`);
    await expect(statsOf('Browsed')).toContainText('Exited 5');
    await expect(page.getByRole('region', { name: 'Statistics controls' })).toContainText(`In flight ${SILVER - 5}`);

    // The dashboard's columns.
    await page.goto(app.openUrl);
    const journeyRow = page.getByRole('table', { name: 'Journeys' }).getByRole('row', { name: /Order follow-up/ });
    await expect(journeyRow.getByRole('cell').nth(4)).toHaveText(String(SILVER - 5));
    await expect(journeyRow.getByRole('cell').nth(5)).toHaveText(String(GOLD + SILVER));
    await expect(journeyRow.getByRole('cell').nth(6)).toHaveText('0');
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
