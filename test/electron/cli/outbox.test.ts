import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { startCore } from '../../../electron/services/app-services';
import { useTempDir } from '../../support/temp-dir';
import {
  renderWith,
  SEED_EMAIL_MJML,
  SEED_TIME,
  seedContact,
  seedJourney,
  storeOutboxMessage,
} from '../../support/outbox-seed';
import { MJML_WORKER_PATH } from '../services/rendering/support/workers';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir();

/** A data folder whose outbox holds an email and an SMS of "Shipping updates" and a test send without a journey. */
async function seededDataDir(): Promise<string> {
  const dataDir = tempDir();
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test', mjmlWorkerPath: MJML_WORKER_PATH });
  try {
    seedJourney(core);
    seedContact(core, 'cus_ada', 'ada@example.com', '+4915112345678');
    const db = core.context.store.db;
    const email = await renderWith(
      core,
      'email',
      { subject: 'Your parcel, {{ customer.firstName }}', preheader: '', fromName: 'Shop', mjml: SEED_EMAIL_MJML },
      { firstName: 'Ada', customerId: 'cus_ada' },
    );
    storeOutboxMessage(db, {
      id: 'out_1',
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
    const sms = await renderWith(
      core,
      'sms',
      { body: 'Still there, {{ customer.firstName }}?', senderId: '' },
      { firstName: 'Ada' },
    );
    storeOutboxMessage(db, {
      id: 'out_2',
      idempotencyKey: 'run:1:msg_reminder:send',
      channel: 'sms',
      recipient: '+4915112345678',
      journeyId: 'jrn_shipping',
      version: 1,
      nodeId: 'msg_reminder',
      runId: 1,
      contactId: 'cus_ada',
      rendered: sms,
      createdAt: SEED_TIME + 60_000,
    });
    storeOutboxMessage(db, {
      id: 'out_3',
      idempotencyKey: 'test:1',
      channel: 'sms',
      recipient: '+1555',
      rendered: sms,
      isTest: true,
      createdAt: SEED_TIME + 120_000,
    });
  } finally {
    await core.stop();
  }
  return dataDir;
}

function jsonLines(text: string) {
  return text.split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('journey-studio outbox', () => {
  it('prints one JSON object per message, oldest first, with the rendered subject and body', async () => {
    const dataDir = await seededDataDir();
    const io = captureIo();
    expect(await runCli(['outbox', '--json', '--data-dir', dataDir], io)).toBe(0);
    const lines = jsonLines(io.outText());
    expect(lines.map((line) => line['idempotencyKey'])).toEqual([
      'run:1:msg_shipped:send',
      'run:1:msg_reminder:send',
      'test:1',
    ]);
    expect(lines[0]).toMatchObject({
      createdAt: '2026-03-01T09:00:00.000Z',
      journey: 'Shipping updates',
      journeyId: 'jrn_shipping',
      version: 1,
      stepId: 'msg_shipped',
      contact: 'cus_ada',
      channel: 'email',
      recipient: 'ada@example.com',
      subject: 'Your parcel, Ada',
      isTest: false,
    });
    expect(lines[0]!['body']).toContain('Hello Ada, your parcel is on its way.');
    expect(lines[1]).toMatchObject({ channel: 'sms', subject: null, body: 'Still there, Ada?' });
    expect(lines[2]).toMatchObject({ journey: null, isTest: true });
  });

  it('filters by journey name and by time', async () => {
    const dataDir = await seededDataDir();
    const byJourney = captureIo();
    expect(await runCli(['outbox', '--journey', 'shipping UPDATES', '--json', '--data-dir', dataDir], byJourney)).toBe(
      0,
    );
    expect(jsonLines(byJourney.outText()).map((line) => line['stepId'])).toEqual(['msg_shipped', 'msg_reminder']);
    const since = captureIo();
    expect(await runCli(['outbox', '--since', '2026-03-01T09:01:00Z', '--json', '--data-dir', dataDir], since)).toBe(0);
    expect(jsonLines(since.outText()).map((line) => line['idempotencyKey'])).toEqual([
      'run:1:msg_reminder:send',
      'test:1',
    ]);
  });

  it('prints a table without --json', async () => {
    const dataDir = await seededDataDir();
    const io = captureIo();
    expect(await runCli(['outbox', '--data-dir', dataDir], io)).toBe(0);
    const lines = io.outText().split('\n');
    expect(lines[0]).toMatch(/^TIME \(UTC\)\s+JOURNEY\s+VER\s+STEP\s+CONTACT\s+CHANNEL\s+RECIPIENT\s+SUBJECT \/ TEXT$/);
    expect(lines[1]).toMatch(
      /^2026-03-01 09:00:00\s+Shipping updates\s+v1\s+msg_shipped\s+cus_ada\s+email\s+ada@example.com\s+Your parcel, Ada$/,
    );
    expect(lines.at(-1)).toBe('3 messages');
  });

  it('refuses an unknown journey and a time that is not ISO 8601, naming the option', async () => {
    const dataDir = await seededDataDir();
    const unknown = captureIo();
    expect(await runCli(['outbox', '--journey', 'Nope', '--data-dir', dataDir], unknown)).toBe(2);
    expect(unknown.errText()).toBe('journey-studio outbox: no journey has the id or name "Nope".');
    const badTime = captureIo();
    expect(await runCli(['outbox', '--since', 'yesterday', '--data-dir', dataDir], badTime)).toBe(2);
    expect(badTime.errText()).toContain('--since must be an ISO 8601 time');
    const help = captureIo();
    expect(await runCli(['--help'], help)).toBe(0);
    expect(help.outText()).toContain('journey-studio outbox [--journey X] [--since ISO] [--json]');
  });
});
