import type { Page } from '@playwright/test';
import { createNode, type Journey, type JourneyNode } from '../../shared/model/index';
import { openJourney } from './support/editor-page';
import { expect, test } from './support/fixtures';
import { callApi } from './support/journey-api';
import type { ServedApp } from './support/server';

const CONTACTS = ['c-1', 'c-2', 'c-3'];

const at = (x: number) => ({ x, y: 100 });
const link = (source: string, target: string) => ({ id: `${source}-${target}`, source, sourceHandle: 'next', target });

function sms(id: string, label: string, templateId: string, x: number): JourneyNode {
  const node = createNode('message', { id, position: at(x), label });
  return { ...node, config: { ...node.config, channel: 'sms', templateId } } as JourneyNode;
}

function delay(id: string, label: string, days: number, x: number): JourneyNode {
  const node = createNode('delay', { id, position: at(x), label });
  return { ...node, config: { mode: 'duration', duration: { amount: days, unit: 'days' } } } as JourneyNode;
}

/**
 * Version 1 of "Cart reminder" is live: "Cart left" → "Wait 2 days" → "First SMS" → "Done", with
 * three contacts waiting in "Wait 2 days". Its open draft drops the wait: "Cart left" → "Reminder"
 * (an SMS) → "Wait 3 days" → "First SMS" → "Done".
 */
async function seedLiveJourneyWithDraft(page: Page, app: ServedApp): Promise<Journey> {
  const call = <T>(service: string, method: string, input: unknown) =>
    callApi<T>(page.request, app, service, method, input);
  await call('settings', 'set', { key: 'channels.sms.provider', value: 'local' });
  const template = (name: string) =>
    call<{ id: string }>('templates', 'create', { channel: 'sms', name, content: { body: name, senderId: 'SHOP' } });
  const first = await template('First SMS');
  const reminder = await template('Reminder');
  const created = await call<{ journey: Journey; revision: number }>('journeys', 'create', { name: 'Cart reminder' });
  const entry = createNode('entry', { id: 'entry', position: at(0), label: 'Cart left' });
  const cartLeft = {
    ...entry,
    config: { audience: { type: 'customEvent', eventName: 'cart.left', propertyRules: [] } },
  } as JourneyNode;
  const done = createNode('exit', { id: 'done', position: at(1200), label: 'Done' });
  const v1 = await call<{ revision: number }>('journeys', 'save', {
    journey: {
      ...created.journey,
      nodes: [cartLeft, delay('wait', 'Wait 2 days', 2, 300), sms('first', 'First SMS', first.id, 600), done],
      edges: [link('entry', 'wait'), link('wait', 'first'), link('first', 'done')],
    },
    expectedRevision: created.revision,
  });
  const id = created.journey.id;
  await call('journeys', 'activate', { id, expectedRevision: v1.revision });
  for (const customerId of CONTACTS)
    await call('events', 'send', {
      customerId,
      name: 'cart.left',
      properties: {},
      customer: { phone: '+34600000001' },
    });
  // The engine (on its worker) takes them to the wait.
  await expect
    .poll(
      async () => {
        const stats = await call<{ steps: { nodeId: string; inFlight: number }[] }>('stats', 'journey', {
          journeyId: id,
        });
        return stats.steps.find((step) => step.nodeId === 'wait')?.inFlight;
      },
      { timeout: 15_000 },
    )
    .toBe(CONTACTS.length);

  const draft = await call<{ journey: Journey; revision: number }>('journeys', 'startDraft', { id });
  await call('journeys', 'save', {
    journey: {
      ...draft.journey,
      nodes: [
        cartLeft,
        sms('reminder', 'Reminder', reminder.id, 300),
        delay('wait3', 'Wait 3 days', 3, 600),
        sms('first', 'First SMS', first.id, 900),
        done,
      ],
      edges: [link('entry', 'reminder'), link('reminder', 'wait3'), link('wait3', 'first'), link('first', 'done')],
    },
    expectedRevision: draft.revision,
  });
  return draft.journey;
}

test.use({ viewport: { width: 1600, height: 1000 } });

test('activating changes shows who waits where; contacts at a removed step move to a chosen step, and their timeline says so', async ({
  page,
  app,
}) => {
  const journey = await seedLiveJourneyWithDraft(page, app);
  await openJourney(page, app, journey.id, 'Cart reminder');

  await page
    .getByRole('group', { name: 'Journey lifecycle' })
    .getByRole('button', { name: 'Activate changes…', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Activate draft version 2?' });
  const impact = dialog.getByRole('region', { name: 'Contacts in flight' });
  await expect(impact).toContainText('3 contacts in flight: 3 at steps version 2 changes or removes.');
  const table = impact.getByRole('table', { name: 'Version 1 (live now)' });
  const row = table.getByRole('row', { name: /Wait 2 days/ });
  await expect(row).toContainText('Wait 2 days (Delay)');
  await expect(row.getByRole('cell').nth(0)).toHaveText('3');
  await expect(row).toContainText('removed in version 2');

  // Staying is the default; a move goes by default to the next step version 2 kept.
  const fate = row.getByRole('combobox', { name: 'What happens to the contacts at “Wait 2 days” (version 1)' });
  await expect(fate).toHaveValue('stay');
  await fate.selectOption('move');
  const target = row.getByRole('combobox', { name: 'Step of version 2 for the contacts at “Wait 2 days”' });
  await expect(target).toHaveValue('first');
  await target.selectOption('reminder');
  await dialog.getByRole('button', { name: 'Activate version 2' }).click();
  await expect(
    page.locator('.notices').getByText('Changes activated: version 2 is live; 3 contacts moved to it.'),
  ).toBeVisible();

  // They got the reminder at once and now wait in version 2's "Wait 3 days".
  await page.getByRole('button', { name: 'Statistics', exact: true }).click();
  const statsOf = (label: string) => page.getByRole('region', { name: `Statistics of ${label}` });
  await expect(statsOf('Reminder')).toContainText('Sent 3', { timeout: 15_000 });
  await expect(statsOf('Wait 3 days')).toContainText('In flight 3');
  await statsOf('Wait 3 days')
    .getByRole('button', { name: /Entered/ })
    .click();
  const contacts = page.getByRole('region', { name: 'Contacts at Wait 3 days' });
  await contacts.getByRole('row', { name: /c-2/ }).getByRole('button', { name: 'c-2' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline of c-2' });
  await expect(timeline).toContainText("Wait 2 days: delay 'Wait 2 days': waiting");
  await expect(timeline).toContainText(
    "Reminder: moved from version 1 step 'Wait 2 days' to version 2 step 'Reminder'",
  );
});
