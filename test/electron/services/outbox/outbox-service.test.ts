import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/index';
import type { AppCore } from '../../../../electron/services/app-services';
import { useTempDir } from '../../../support/temp-dir';
import {
  renderWith,
  SEED_EMAIL_MJML,
  SEED_TIME,
  seedAttempt,
  seedContact,
  seedJourney,
  storeOutboxMessage,
} from '../../../support/outbox-seed';
import { useCores } from '../support/connect';

const tempDir = useTempDir();
const startCore = useCores(tempDir);

const emailContent = {
  subject: 'Your parcel, {{ customer.firstName }}',
  preheader: 'On its way',
  fromName: 'Shop',
  mjml: SEED_EMAIL_MJML,
};

/** Ada gets an email (after a failed first attempt) and, for another run, an SMS that fell back from push. */
async function seedOutbox(core: AppCore) {
  seedJourney(core);
  seedContact(core, 'cus_ada', 'ada@example.com', '+4915112345678');
  seedContact(core, 'cus_bob', 'bob@example.com', null);
  const db = core.context.store.db;
  const email = await renderWith(core, 'email', emailContent, { firstName: 'Ada', customerId: 'cus_ada' });
  const key = 'run:1:msg_shipped:send';
  seedAttempt(core, {
    idempotencyKey: key,
    attempt: 1,
    runId: 1,
    journeyId: 'jrn_shipping',
    nodeId: 'msg_shipped',
    contactId: 'cus_ada',
    fallbackIndex: 0,
    channel: 'email',
    status: 'failed',
    error: 'temporary: mailbox busy',
    at: SEED_TIME,
  });
  seedAttempt(core, {
    idempotencyKey: key,
    attempt: 2,
    runId: 1,
    journeyId: 'jrn_shipping',
    nodeId: 'msg_shipped',
    contactId: 'cus_ada',
    fallbackIndex: 0,
    channel: 'email',
    status: 'accepted',
    at: SEED_TIME + 1000,
  });
  const emailRow = storeOutboxMessage(db, {
    id: 'out_email_ada',
    idempotencyKey: key,
    channel: 'email',
    recipient: 'ada@example.com',
    journeyId: 'jrn_shipping',
    version: 1,
    nodeId: 'msg_shipped',
    runId: 1,
    contactId: 'cus_ada',
    templateId: 'tpl_shipped',
    rendered: email,
    createdAt: SEED_TIME + 1000,
  });

  const pushKey = 'run:2:msg_reminder:send';
  const smsKey = 'run:2:msg_reminder:fallback:1';
  seedAttempt(core, {
    idempotencyKey: pushKey,
    attempt: 1,
    runId: 2,
    journeyId: 'jrn_shipping',
    nodeId: 'msg_reminder',
    contactId: 'cus_bob',
    fallbackIndex: 0,
    channel: 'push',
    status: 'skipped',
    error: 'no push token',
    at: SEED_TIME + 2000,
  });
  seedAttempt(core, {
    idempotencyKey: smsKey,
    attempt: 1,
    runId: 2,
    journeyId: 'jrn_shipping',
    nodeId: 'msg_reminder',
    contactId: 'cus_bob',
    fallbackIndex: 1,
    channel: 'sms',
    status: 'accepted',
    at: SEED_TIME + 2000,
  });
  const sms = await renderWith(
    core,
    'sms',
    { body: 'Bob, track it: https://shop.example.com/t/bob', senderId: 'SHOP' },
    {},
  );
  storeOutboxMessage(db, {
    id: 'out_sms_bob',
    idempotencyKey: smsKey,
    channel: 'sms',
    recipient: '+4915100000000',
    journeyId: 'jrn_shipping',
    version: 1,
    nodeId: 'msg_reminder',
    runId: 2,
    contactId: 'cus_bob',
    rendered: sms,
    createdAt: SEED_TIME + 2000,
  });
  return { emailId: emailRow.id, key };
}

function eventsIn(core: AppCore) {
  return core.context.store.db
    .prepare('SELECT customer_id, name, properties, source FROM engine_events ORDER BY received_at, rowid')
    .all() as { customer_id: string; name: string; properties: string; source: string }[];
}

describe('outbox service', () => {
  it('lists newest first with the journey name and headline, searches and filters', async () => {
    const { client, core } = startCore();
    await seedOutbox(core);
    const page = await client.outbox.list({});
    expect(page.items.map((m) => m.id)).toEqual(['out_sms_bob', 'out_email_ada']);
    expect(page.total).toBe(2);
    expect(page.nextCursor).toBeNull();
    expect(page.items[1]).toMatchObject({
      journeyName: 'Shipping updates',
      headline: 'Your parcel, Ada',
      recipient: 'ada@example.com',
      createdAt: new Date(SEED_TIME + 1000).toISOString(),
      openedAt: null,
      clickedAt: null,
    });
    expect((await client.outbox.list({ search: 'ADA@' })).items.map((m) => m.id)).toEqual(['out_email_ada']);
    expect((await client.outbox.list({ search: 'shipping' })).total).toBe(2);
    expect((await client.outbox.list({ search: 'cus_bob' })).items.map((m) => m.id)).toEqual(['out_sms_bob']);
    expect((await client.outbox.list({ channel: 'sms' })).items.map((m) => m.id)).toEqual(['out_sms_bob']);
    expect((await client.outbox.list({ journeyId: 'jrn_other' })).total).toBe(0);
    // A LIKE wildcard in the search is a plain character.
    expect((await client.outbox.list({ search: '%' })).total).toBe(0);
  });

  it('pages with a cursor that stays put when newer messages arrive', async () => {
    const { client, core } = startCore();
    seedJourney(core);
    const rendered = await renderWith(core, 'sms', { body: 'n', senderId: '' }, {});
    for (let i = 0; i < 7; i++)
      storeOutboxMessage(core.context.store.db, {
        id: `out_${i}`,
        idempotencyKey: `k${i}`,
        channel: 'sms',
        recipient: `+49${i}`,
        rendered,
        createdAt: SEED_TIME + (i < 4 ? 0 : i),
      });
    const first = await client.outbox.list({ limit: 3 });
    expect(first.items.map((m) => m.id)).toEqual(['out_6', 'out_5', 'out_4']);
    storeOutboxMessage(core.context.store.db, {
      id: 'out_new',
      idempotencyKey: 'knew',
      channel: 'sms',
      recipient: '+1',
      rendered,
      createdAt: SEED_TIME + 100,
    });
    const second = await client.outbox.list({ limit: 3, cursor: first.nextCursor! });
    // Same time: ties are broken by id, descending.
    expect(second.items.map((m) => m.id)).toEqual(['out_3', 'out_2', 'out_1']);
    expect([first.total, second.total]).toEqual([7, null]);
    const third = await client.outbox.list({ limit: 3, cursor: second.nextCursor! });
    expect(third.items.map((m) => m.id)).toEqual(['out_0']);
    expect(third.nextCursor).toBeNull();
    await expect(client.outbox.list({ cursor: 'nonsense' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('gets a message with its step, contact, rendered result, attempts and the fallbacks taken', async () => {
    const { client, core } = startCore();
    await seedOutbox(core);
    const email = await client.outbox.get({ id: 'out_email_ada' });
    expect(email).toMatchObject({
      stepLabel: 'Shipped email',
      stepKind: 'message',
      contact: { customerId: 'cus_ada', email: 'ada@example.com', exists: true },
      fallbacksTaken: [],
    });
    expect(email.rendered.output['subject']).toBe('Your parcel, Ada');
    expect(email.rendered.output['html']).toContain('https://shop.example.com/track/cus_ada');
    expect(email.attempts.map((a) => [a.attempt, a.status, a.error])).toEqual([
      [1, 'failed', 'temporary: mailbox busy'],
      [2, 'accepted', null],
    ]);

    const sms = await client.outbox.get({ id: 'out_sms_bob' });
    expect(sms.attempts.map((a) => [a.channel, a.fallbackIndex, a.status, a.thisMessage])).toEqual([
      ['push', 0, 'skipped', false],
      ['sms', 1, 'accepted', true],
    ]);
    expect(sms.fallbacksTaken).toEqual([{ fallbackIndex: 1, channel: 'sms', status: 'accepted' }]);
    expect(sms.contact).toMatchObject({ customerId: 'cus_bob', phone: null });
    await expect(client.outbox.get({ id: 'out_missing' })).rejects.toBeInstanceOf(ApiError);
  });

  it('records every click as one message.clicked event and keeps the first click time', async () => {
    const { client, core } = startCore();
    const { key } = await seedOutbox(core);
    const first = await client.outbox.recordClick({
      id: 'out_email_ada',
      url: 'https://shop.example.com/track/cus_ada',
    });
    expect(first.clickedAt).not.toBeNull();
    expect(first.duplicate).toBe(false);
    const second = await client.outbox.recordClick({ id: 'out_email_ada', url: 'https://shop.example.com/other' });
    expect(second.clickedAt).toBe(first.clickedAt);
    expect(second.eventId).not.toBe(first.eventId);
    const events = eventsIn(core);
    expect(events).toEqual([
      {
        customer_id: 'cus_ada',
        name: 'message.clicked',
        source: 'outbox',
        properties: JSON.stringify({
          messageId: 'out_email_ada',
          idempotencyKey: key,
          url: 'https://shop.example.com/track/cus_ada',
        }),
      },
      {
        customer_id: 'cus_ada',
        name: 'message.clicked',
        source: 'outbox',
        properties: JSON.stringify({
          messageId: 'out_email_ada',
          idempotencyKey: key,
          url: 'https://shop.example.com/other',
        }),
      },
    ]);
    expect((await client.outbox.list({ status: 'clicked' })).items.map((m) => m.id)).toEqual(['out_email_ada']);
    expect((await client.outbox.list({ status: 'unopened' })).items.map((m) => m.id)).toEqual(['out_sms_bob']);
    await expect(client.outbox.recordClick({ id: 'out_email_ada', url: ' ' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    await expect(client.outbox.recordClick({ id: 'out_email_ada', url: 'javascript:alert(1)' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: 'url', message: 'Only http, https and mailto links are recorded as clicks' }],
    });
    await expect(client.outbox.recordClick({ id: 'out_missing', url: 'https://x.example' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(eventsIn(core)).toHaveLength(2);
  });

  it('records an open once per message', async () => {
    const { client, core, events } = startCore();
    await seedOutbox(core);
    const first = await client.outbox.recordOpen({ id: 'out_sms_bob' });
    const again = await client.outbox.recordOpen({ id: 'out_sms_bob' });
    expect(again).toMatchObject({ duplicate: true, eventId: first.eventId, openedAt: first.openedAt });
    expect(eventsIn(core).map((e) => [e.customer_id, e.name])).toEqual([['cus_bob', 'message.opened']]);
    expect(events).toContainEqual({ event: 'outboxChanged', payload: { id: 'out_sms_bob', change: 'opened' } });
  });
});

describe('outbox messages stored without the render bookkeeping', () => {
  it('show their output with empty diagnostics rather than failing', async () => {
    const { client, core } = startCore();
    storeOutboxMessage(core.context.store.db, {
      id: 'bare',
      idempotencyKey: 'bare:1',
      channel: 'push',
      recipient: 'token-1',
      rendered: { output: { title: 'Back in stock', body: 'Your size is back' } },
      createdAt: SEED_TIME,
    });
    const message = await client.outbox.get({ id: 'bare' });
    expect(message.rendered).toMatchObject({
      channel: 'push',
      ok: true,
      output: { title: 'Back in stock' },
      diagnostics: [],
    });
    expect(message).toMatchObject({ headline: 'Back in stock', journeyName: null, stepLabel: null, contact: null });
    // Without a contact there is nobody to record an event for; the click time is still kept.
    expect(await client.outbox.recordClick({ id: 'bare', url: 'https://shop.example.com' })).toMatchObject({
      eventId: null,
    });
    expect((await client.outbox.get({ id: 'bare' })).clickedAt).not.toBeNull();
  });
});

describe('storeOutboxMessage', () => {
  it('stores a key once and answers the first id for a repeat', async () => {
    const { core } = startCore();
    const db = core.context.store.db;
    const rendered = await renderWith(core, 'sms', { body: 'hi', senderId: '' }, {});
    expect(
      storeOutboxMessage(db, { id: 'a', idempotencyKey: 'k', channel: 'sms', recipient: '+1', rendered, createdAt: 1 }),
    ).toEqual({ id: 'a', inserted: true });
    expect(
      storeOutboxMessage(db, { id: 'b', idempotencyKey: 'k', channel: 'sms', recipient: '+2', rendered, createdAt: 2 }),
    ).toEqual({ id: 'a', inserted: false });
    expect(db.prepare('SELECT count(*) AS n, max(recipient) AS r FROM outbox_messages').get()).toEqual({
      n: 1,
      r: '+1',
    });
  });
});
