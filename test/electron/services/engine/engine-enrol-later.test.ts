import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/main';
import { captureIo } from '../../cli/support/capture-io';
import { waitForImport } from '../import/support/run-import';
import { useTempDir } from '../../../support/temp-dir';
import { START, step, useEngineCores } from './support/engine-harness';
import { CONTACT_CHANGE_TRIGGER_NAMES } from '../../../../electron/services/engine/contact-change-triggers';

const tempDir = useTempDir('journey-studio-engine-enrol-later-');
const connect = useEngineCores(tempDir);

/** The change triggers exist only while a journey watches contacts. */
const CHANGE_TRIGGERS = `SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (${CONTACT_CHANGE_TRIGGER_NAMES.map(
  (name) => `'${name}'`,
).join(', ')})`;

const SPANISH = {
  combinator: 'and',
  groups: [{ combinator: 'and', rules: [{ field: 'language', operator: 'equals', value: 'es' }] }],
};

/** entry (the given audience) → one SMS → exit. */
function audienceJourney(templateId: string, audience: Record<string, unknown>, enrolLater: boolean) {
  return [
    step('entry', 'entry', { audience: audience as never, enrolLater }, { next: 'msg' }),
    step('msg', 'message', { channel: 'sms', templateId }, { next: 'exit' }),
    step('exit', 'exit'),
  ];
}

describe('audience entries that also enrol contacts who match later', () => {
  it('enrol contacts edited, created through the events API or added to a list after activation, once', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    await e.contact({ customerId: 'a', phone: '+34600000001', language: 'es' });
    await e.contact({ customerId: 'b', phone: '+34600000002', language: 'en' });
    const list = await e.client.lists.create({ name: 'VIP' });
    const later = await e.launch(audienceJourney(sms.id, { type: 'filter', filter: SPANISH }, true), {}, 'Later');
    const once = await e.launch(audienceJourney(sms.id, { type: 'filter', filter: SPANISH }, false), {}, 'Once');
    const byList = await e.launch(audienceJourney(sms.id, { type: 'list', listId: list.id }, true), {}, 'List');
    const sent = (journeyId: string) =>
      e
        .outbox()
        .filter((row) => row.journey_id === journeyId)
        .map((row) => row.contact_id);
    expect(sent(later.id)).toEqual(['a']);
    expect(sent(once.id)).toEqual(['a']);

    // An edit that makes b match; an edit of a, who already went through (re-entry: never).
    await e.contact({ customerId: 'b', phone: '+34600000002', language: 'es' });
    await e.contact({ customerId: 'a', phone: '+34600000011', language: 'es' });
    await e.idle();
    expect(sent(later.id)).toEqual(['a', 'b']);
    expect(sent(once.id)).toEqual(['a']);

    // A contact created by the events API's customer upsert; one that does not match.
    e.core.ingress.ingest([
      {
        customerId: 'c',
        name: 'signed.up',
        properties: {},
        occurredAt: START,
        customer: { phone: '+34600000003', language: 'es' },
        source: 'api',
      },
      {
        customerId: 'd',
        name: 'signed.up',
        properties: {},
        occurredAt: START,
        customer: { phone: '+34600000004', language: 'en' },
        source: 'api',
      },
    ]);
    await e.idle();
    expect(sent(later.id)).toEqual(['a', 'b', 'c']);

    // Added to the list after activation.
    expect(sent(byList.id)).toEqual([]);
    await e.client.lists.addMembers({ id: list.id, customerIds: ['d'] });
    await e.idle();
    expect(sent(byList.id)).toEqual(['d']);

    const runB = e.runs().find((run) => run.contact_id === 'b')!;
    expect(e.stepLog(runB.id)[0]).toMatchObject({
      node_id: 'entry',
      decision: 'enrolled: matches the audience after a change',
      detail: { audience: 'filter' },
    });
    expect(e.counters(later.id)).toMatchObject({ 'entry.entered': 3, 'msg.sent': 3 });
    // Every queued change was looked at; the journey without the option was never queued for.
    expect(e.db.prepare('SELECT count(*) FROM engine_contact_changes').pluck().get()).toBe(0);
    expect(e.db.prepare('SELECT journey_id FROM engine_contact_watch ORDER BY journey_id').pluck().all()).toEqual(
      [later.id, byList.id].sort(),
    );
    expect(e.db.prepare(CHANGE_TRIGGERS).pluck().get()).toBe(3);
  });

  it('enrol contacts a CSV import adds or changes', async () => {
    const e = connect({ host: 'electron' });
    const sms = await e.smsTemplate();
    await e.contact({ customerId: 'old', phone: '+34600000001', language: 'en' });
    const journey = await e.launch(audienceJourney(sms.id, { type: 'filter', filter: SPANISH }, true));
    const file = path.join(tempDir(), 'contacts.csv');
    fs.writeFileSync(
      file,
      'customerId,phone,language\nold,+34600000001,es\nnew,+34600000002,es\nother,+34600000003,en\n',
    );
    const { jobId } = await e.client.imports.start({
      source: { path: file },
      mapping: {
        customerId: { to: 'field', key: 'customerId' },
        phone: { to: 'field', key: 'phone' },
        language: { to: 'field', key: 'language' },
      },
      existing: 'update',
      defaultCountry: 'ES',
    });
    expect(await waitForImport(e.client, jobId)).toMatchObject({ state: 'done', rowsImported: 2, rowsUpdated: 1 });
    await e.idle();
    expect(
      e
        .outbox()
        .filter((row) => row.journey_id === journey.id)
        .map((row) => row.contact_id)
        .sort(),
    ).toEqual(['new', 'old']);
  });

  it('re-check a contact changed by another process (the command line) within the engine watch second', async () => {
    const dataDir = tempDir();
    const e = connect({ dataDir, engine: { watchMs: 1000 } });
    const sms = await e.smsTemplate();
    const journey = await e.launch(audienceJourney(sms.id, { type: 'filter', filter: SPANISH }, true));
    expect(e.outbox()).toEqual([]);

    const io = captureIo();
    const fields = JSON.stringify({ phone: '+34600000009', language: 'es' });
    const args = ['send-event', '--customer', 'z', '--name', 'signed.up', '--customer-fields', fields];
    expect(await runCli([...args, '--data-dir', dataDir], io)).toBe(0);
    expect(e.outbox()).toEqual([]);
    await e.advanceTo(START + 1000);
    expect(e.outbox().map((row) => [row.journey_id, row.contact_id, row.created_at - START])).toEqual([
      [journey.id, 'z', 1000],
    ]);
  });

  it('stop watching once the journey stops: queue dropped, triggers removed', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    const journey = await e.launch(audienceJourney(sms.id, { type: 'all' }, true));
    expect(e.db.prepare(CHANGE_TRIGGERS).pluck().get()).toBe(3);
    await e.client.journeys.transition({ id: journey.id, to: 'stopped' });
    await e.idle();
    await e.contact({ customerId: 'late', phone: '+34600000005' });
    await e.idle();
    expect(e.outbox()).toEqual([]);
    expect(e.db.prepare('SELECT count(*) FROM engine_contact_watch').pluck().get()).toBe(0);
    expect(e.db.prepare('SELECT count(*) FROM engine_contact_changes').pluck().get()).toBe(0);
    expect(e.db.prepare(CHANGE_TRIGGERS).pluck().get()).toBe(0);
  });
});
