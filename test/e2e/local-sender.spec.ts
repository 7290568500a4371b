import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { createNode, type Journey } from '../../shared/model/index';
import { callApi, postEvent } from './support/journey-api';
import { activateInEditor } from './support/editor-page';
import { makeDataDir, serveApp, type ServedApp } from './support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const CART_MJML = `<mjml><mj-body><mj-section><mj-column>
  <mj-text>Hello {{ customer.firstName }}, your cart is waiting.</mj-text>
  <mj-button href="https://shop.example.com/cart/{{ customer.customerId }}">Back to my cart</mj-button>
</mj-column></mj-section></mj-body></mjml>`;

/**
 * Custom event "cart.abandoned" → email → wait for a click (1 day) → "Came back" on a click,
 * an SMS reminder on the timeout.
 */
async function seedCartJourney(page: Page, app: ServedApp): Promise<string> {
  await callApi(page.request, app, 'fields', 'create', { key: 'firstName', label: 'First name', type: 'text' });
  const email = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'email',
    name: 'Cart reminder',
    content: { subject: 'You left something behind', preheader: '', fromName: 'Shop', mjml: CART_MJML },
  });
  const sms = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
    channel: 'sms',
    name: 'Cart SMS',
    content: { body: 'Your cart is still waiting.', senderId: 'SHOP' },
  });
  const created = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'create', {
    name: 'Abandoned cart',
  });
  const entry = createNode('entry', { id: 'start', position: { x: 0, y: 0 }, label: 'Cart abandoned' });
  const wait = createNode('waitForEvent', { id: 'wait', position: { x: 640, y: 0 }, label: 'Clicked?' });
  const mail = createNode('message', { id: 'mail', position: { x: 320, y: 0 }, label: 'Reminder email' });
  const text = createNode('message', { id: 'text', position: { x: 960, y: 200 }, label: 'Reminder SMS' });
  const journey: Journey = {
    ...created.journey,
    nodes: [
      { ...entry, config: { audience: { type: 'customEvent', eventName: 'cart.abandoned', propertyRules: [] } } },
      { ...mail, config: { ...mail.config, channel: 'email', templateId: email.id } },
      wait,
      createNode('exit', { id: 'back', position: { x: 960, y: 0 }, label: 'Came back' }),
      { ...text, config: { ...text.config, channel: 'sms', templateId: sms.id } },
      createNode('exit', { id: 'done', position: { x: 1280, y: 200 }, label: 'Reminded' }),
    ] as Journey['nodes'],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'mail' },
      { id: 'e2', source: 'mail', sourceHandle: 'next', target: 'wait' },
      { id: 'e3', source: 'wait', sourceHandle: 'event', target: 'back' },
      { id: 'e4', source: 'wait', sourceHandle: 'timeout', target: 'text' },
      { id: 'e5', source: 'text', sourceHandle: 'next', target: 'done' },
    ],
  };
  await callApi(page.request, app, 'journeys', 'save', { journey, expectedRevision: created.revision });
  return created.journey.id;
}

/** `journey-studio stats --json` beside the running server, as a script would read it. */
function statsOf(dataDir: string, journeyId: string): Record<string, Record<string, number>> {
  const output = execFileSync(
    process.execPath,
    [path.join(root, 'bin', 'journey-studio.mjs'), 'stats', journeyId, '--json', '--data-dir', dataDir],
    { encoding: 'utf8' },
  );
  const { steps } = JSON.parse(output) as { steps: ({ nodeId: string } & Record<string, number>)[] };
  return Object.fromEntries(steps.map((step) => [step.nodeId, step]));
}

test.use({ viewport: { width: 1600, height: 1000 } });

test('an event starts a live journey: the email is in the outbox, and clicking its link takes the "clicked" path', async ({
  page,
}) => {
  const dataDir = makeDataDir();
  const app = await serveApp(dataDir);
  try {
    const journeyId = await seedCartJourney(page, app);

    // Activated from the editor, as a marketer would.
    await page.goto(app.openUrl);
    await page.getByRole('table', { name: 'Journeys' }).getByRole('link', { name: 'Abandoned cart' }).click();
    await activateInEditor(page, 'Abandoned cart');

    // A shop system sends the event through the events API.
    const posted = await postEvent(page.request, app, {
      customerId: 'c-ann',
      name: 'cart.abandoned',
      properties: { cartValue: 42 },
      customer: { email: 'ann@example.com', phone: '+4915112345678', firstName: 'Ann' },
    });
    expect(posted).toBe(202);

    // The email arrives in the outbox as Ann would see it.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    const list = page.getByRole('listbox', { name: 'Outbox messages' });
    await expect(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(list.getByRole('option', { name: /You left something behind/ })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await list.getByRole('option', { name: /You left something behind/ }).click();
    const message = page.getByRole('article', { name: 'Outbox message' });
    const frame = message.frameLocator('iframe[title="Email preview"]');
    await expect(frame.getByText('Hello Ann, your cart is waiting.')).toBeVisible();

    // Her click is recorded, and the journey takes her down the "clicked" path.
    await frame.getByRole('link', { name: 'Back to my cart' }).click();
    await expect(message.getByRole('status')).toContainText('recorded for c-ann');
    await expect.poll(() => statsOf(dataDir, journeyId).back?.entered ?? 0, { timeout: 15_000 }).toBe(1);
    const stats = statsOf(dataDir, journeyId);
    expect(stats.mail).toMatchObject({ entered: 1, sent: 1 });
    expect(stats.text?.entered ?? 0).toBe(0);
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
