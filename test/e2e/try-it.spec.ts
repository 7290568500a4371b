import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { createNode, type Journey } from '../../shared/model/index';
import { callApi } from './support/journey-api';
import { orderEntry, vipCondition } from './support/vip-steps';
import { makeDataDir, serveApp, type ServedApp } from './support/server';

const MJML = (text: string) =>
  `<mjml><mj-body><mj-section><mj-column><mj-text>${text}</mj-text></mj-column></mj-section></mj-body></mjml>`;

/**
 * A draft: "Order placed" (event order) → "VIP?" (loyalty tier gold) → yes: "Gold mail" → "Thanked";
 * no: "Come back" mail → "Wait for click" (1 day) → clicked: "Clicked"; timed out: "Ignored".
 */
async function seedJourney(page: Page, app: ServedApp): Promise<string> {
  await callApi(page.request, app, 'fields', 'create', { key: 'loyalty_tier', label: 'Loyalty tier', type: 'text' });
  await callApi(page.request, app, 'fields', 'create', { key: 'firstName', label: 'First name', type: 'text' });
  const template = (name: string, subject: string, body: string) =>
    callApi<{ id: string }>(page.request, app, 'templates', 'create', {
      channel: 'email',
      name,
      content: { subject, preheader: '', fromName: 'Shop', mjml: MJML(body) },
    });
  const gold = await template('Gold thanks', 'Thank you, {{ customer.firstName }}', 'You are gold.');
  const comeBack = await template(
    'Come back',
    'We miss you, {{ customer.firstName }}',
    'Dear {{ customer.firstName }}, <a href="https://shop.example.com/sale">see the sale</a>',
  );
  const created = await callApi<{ journey: Journey; revision: number }>(page.request, app, 'journeys', 'create', {
    name: 'Order follow-up',
  });
  const at = (x: number, y: number) => ({ x, y });
  const goldMail = createNode('message', { id: 'gold', position: at(640, 0), label: 'Gold mail' });
  const backMail = createNode('message', { id: 'back', position: at(640, 320), label: 'Come back' });
  const wait = createNode('waitForEvent', { id: 'wait', position: at(960, 320), label: 'Wait for click' });
  const journey: Journey = {
    ...created.journey,
    nodes: [
      orderEntry('start', at(0, 150)),
      vipCondition('vip', at(320, 150)),
      { ...goldMail, config: { ...goldMail.config, channel: 'email', templateId: gold.id } },
      { ...backMail, config: { ...backMail.config, channel: 'email', templateId: comeBack.id } },
      { ...wait, config: { ...wait.config, event: 'clicked', timeout: { amount: 1, unit: 'days' } } },
      createNode('exit', { id: 'thanked', position: at(960, 0), label: 'Thanked' }),
      createNode('exit', { id: 'clicked', position: at(1280, 250), label: 'Clicked' }),
      createNode('exit', { id: 'ignored', position: at(1280, 420), label: 'Ignored' }),
    ] as Journey['nodes'],
    // [id, from, output, to]
    edges: [
      ['e-entry', 'start', 'next', 'vip'],
      ['e-yes', 'vip', 'yes', 'gold'],
      ['e-no', 'vip', 'no', 'back'],
      ['e-gold', 'gold', 'next', 'thanked'],
      ['e-back', 'back', 'next', 'wait'],
      ['e-clicked', 'wait', 'event', 'clicked'],
      ['e-timeout', 'wait', 'timeout', 'ignored'],
    ].map(([id, source, sourceHandle, target]) => ({
      id: id!,
      source: source!,
      sourceHandle: sourceHandle!,
      target: target!,
    })),
  };
  await callApi(page.request, app, 'journeys', 'save', { journey, expectedRevision: created.revision });
  return created.journey.id;
}

test.use({ viewport: { width: 1700, height: 1000 } });

test('Try it: two profiles with different fields take different paths on the canvas, with reasons and rendered messages in the timeline', async ({
  page,
}) => {
  const dataDir = makeDataDir();
  const app = await serveApp(dataDir);
  try {
    const journeyId = await seedJourney(page, app);
    await page.goto(app.openUrl);
    await page.getByRole('table', { name: 'Journeys' }).getByRole('link', { name: 'Order follow-up' }).click();
    await page.getByRole('button', { name: 'Try it' }).click();
    const panel = page.getByRole('complementary', { name: 'Try it' });

    // Two new profiles: Ann is gold, Bob silver.
    const profile = async (number: number, id: string, fields: [string, string][]) => {
      await panel.getByRole('button', { name: '+ A new profile' }).click();
      await panel.getByLabel(`Profile ${number} customer ID`).fill(id);
      for (const [index, [key, value]] of fields.entries()) {
        if (index > 0)
          await panel
            .getByRole('listitem')
            .filter({ hasText: `New profile ${id}` })
            .getByRole('button', { name: '+ Field' })
            .click();
        await panel.getByLabel(`Profile ${number} field ${index + 1}`).fill(key);
        await panel.getByLabel(`Profile ${number} value ${index + 1}`).fill(value);
      }
    };
    await profile(1, 'ann', [
      ['loyalty_tier', 'gold'],
      ['email', 'ann@example.com'],
      ['firstName', 'Ann'],
    ]);
    await profile(2, 'bob', [
      ['loyalty_tier', 'silver'],
      ['email', 'bob@example.com'],
      ['firstName', 'Bob'],
    ]);

    // A click two hours after entry; first written as a negative delay, which is refused by name.
    await panel.getByRole('button', { name: '+ Event' }).click();
    await expect(panel.getByLabel('Event 1 name')).toHaveValue('message.clicked');
    await panel.getByLabel('Event 1 after').fill('-2h');
    await panel.getByRole('button', { name: 'Run' }).click();
    await expect(panel.getByRole('alert')).toContainText('Event 1 · after: A delay cannot be negative');
    await panel.getByLabel('Event 1 name').fill('mesage.clicked');
    await panel.getByLabel('Event 1 after').fill('2h');
    await panel.getByRole('button', { name: 'Run' }).click();
    await expect(panel.getByRole('alert')).toContainText(
      'Event 1 · name: "mesage.clicked" is not an event this journey reacts to',
    );
    await panel.getByLabel('Event 1 name').fill('message.clicked');
    await panel.getByRole('button', { name: 'Run' }).click();

    const step = (label: string) =>
      page.locator('.journey-node', {
        has: page.locator('.journey-node-title', { hasText: new RegExp(`^${label.replace(/[?]/g, '\\?')}$`) }),
      });
    const edge = (id: string) => page.getByTestId(`rf__edge-${id}`);

    // Ann's path plays step by step and ends on "Thanked"; the other branch is not taken.
    const show = panel.getByLabel('Show the path of');
    await expect(show).toHaveValue('0');
    await expect(step('Thanked')).toHaveAttribute('data-tried', 'current');
    await expect(panel.getByText('Step 4 of 4')).toBeVisible();
    for (const label of ['Order placed', 'VIP?', 'Gold mail'])
      await expect(step(label)).toHaveAttribute('data-tried', 'taken');
    for (const label of ['Come back', 'Wait for click', 'Clicked', 'Ignored'])
      await expect(step(label)).toHaveAttribute('data-tried', 'skipped');
    await expect(edge('e-yes')).toHaveClass(/tried-taken/);
    await expect(edge('e-no')).toHaveClass(/tried-skipped/);
    const annTimeline = panel.getByRole('list', { name: 'Timeline of ann' });
    await expect(annTimeline).toContainText("condition 'VIP?' true: loyalty_tier is 'gold'");

    // Stepping back lights one step fewer.
    await panel.getByRole('button', { name: '◀ Step' }).click();
    await expect(step('Gold mail')).toHaveAttribute('data-tried', 'current');
    await expect(step('Thanked')).toHaveAttribute('data-tried', 'skipped');

    // Bob is silver: the mail, the wait, and the scripted click two hours later.
    await show.selectOption({ label: 'bob (exited)' });
    await expect(step('Clicked')).toHaveAttribute('data-tried', 'current');
    for (const label of ['Come back', 'Wait for click'])
      await expect(step(label)).toHaveAttribute('data-tried', 'taken');
    for (const label of ['Gold mail', 'Thanked', 'Ignored'])
      await expect(step(label)).toHaveAttribute('data-tried', 'skipped');
    await expect(edge('e-no')).toHaveClass(/tried-taken/);
    await expect(edge('e-clicked')).toHaveClass(/tried-current/);
    const bobTimeline = panel.getByRole('list', { name: 'Timeline of bob' });
    await expect(bobTimeline).toContainText("condition 'VIP?' false: loyalty_tier is 'silver'");
    await expect(bobTimeline).toContainText('message.clicked arrived');
    await expect(bobTimeline).toContainText('email to bob@example.com');

    // A step of the timeline shows where the profile was then.
    await bobTimeline.getByRole('button', { name: 'Wait for click' }).first().click();
    await expect(step('Wait for click')).toHaveAttribute('data-tried', 'current');
    await expect(step('Clicked')).toHaveAttribute('data-tried', 'skipped');

    // The message as rendered, opened as an outbox entry is.
    await bobTimeline.getByRole('button', { name: 'Open message' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('We miss you, Bob');
    await expect(dialog).toContainText('bob@example.com');
    await expect(dialog.frameLocator('iframe').getByText('Dear Bob')).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'Links in this message' })).toContainText(
      'https://shop.example.com/sale',
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    // Both at once: how many took each step and each connection.
    await show.selectOption({ label: 'All 2 profiles' });
    await expect(step('VIP?').locator('.try-it-step-count')).toHaveText('2 of 2 profiles');
    await expect(step('Gold mail').locator('.try-it-step-count')).toHaveText('1 of 2 profiles');
    await expect(step('Ignored').locator('.try-it-step-count')).toHaveText('0 of 2 profiles');
    await expect(panel.getByRole('region', { name: 'Paths taken' })).toContainText(
      '1 Order placed → VIP? → Come back → Wait for click → Clicked',
    );

    // A thousand made-up profiles on top: the result opens on how many took each step.
    await panel.getByText('Profiles and events').click();
    await panel.getByLabel('Profiles to generate').fill('1000');
    await panel.getByRole('button', { name: 'Generate profiles' }).click();
    await panel.getByRole('button', { name: 'Run' }).click();
    await expect(step('VIP?').locator('.try-it-step-count')).toHaveText('1,002 of 1,002 profiles', {
      timeout: 30_000,
    });
    await expect(show).toHaveValue('all');
    const gold = Number((await step('Gold mail').locator('.try-it-step-count b').textContent())!.replace(',', ''));
    const comeBack = Number((await step('Come back').locator('.try-it-step-count b').textContent())!.replace(',', ''));
    expect(gold).toBeGreaterThan(100);
    expect(comeBack).toBeGreaterThan(100);
    expect(gold + comeBack).toBe(1002);

    // Only the first profiles' timelines came back with the run; #500 of the generated ones, picked,
    // shows its path at once and its timeline fetched by running it again, its email openable.
    await show.selectOption({ value: String(2 + 499) });
    await expect(step('VIP?')).toHaveAttribute('data-tried', /taken|current/);
    const picked = panel.getByRole('list', { name: 'Timeline of generated-500' });
    await expect(picked).toContainText(/condition 'VIP\?' (true|false): loyalty_tier is/);
    await expect(panel.getByRole('status').filter({ hasText: 'Fetching the timeline' })).toBeHidden();
    await picked.getByRole('button', { name: 'Open message' }).first().click();
    await expect(dialog).toContainText(/Thank you|We miss you/);
    await expect(dialog).toContainText('generated-500');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    // Nothing real happened: the outbox is empty.
    const outbox = await callApi<{ total: number }>(page.request, app, 'outbox', 'list', {});
    expect(outbox.total).toBe(0);

    // Live, the journey is read-only on the canvas and can still be tried.
    await callApi(page.request, app, 'settings', 'set', { key: 'channels.email.provider', value: 'local' });
    const stored = await callApi<{ revision: number }>(page.request, app, 'journeys', 'get', { id: journeyId });
    await callApi(page.request, app, 'journeys', 'activate', { id: journeyId, expectedRevision: stored.revision });
    await page.reload();
    await expect(page.getByText('Active', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Try it' }).click();
    await profile(1, 'cy', [
      ['loyalty_tier', 'gold'],
      ['email', 'cy@example.com'],
    ]);
    await panel.getByRole('button', { name: 'Run' }).click();
    await expect(step('Thanked')).toHaveAttribute('data-tried', 'current');
    await expect(panel.getByRole('list', { name: 'Timeline of cy' })).toContainText('email to cy@example.com');
    expect((await callApi<{ total: number }>(page.request, app, 'outbox', 'list', {})).total).toBe(0);
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
