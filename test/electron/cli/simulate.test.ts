import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { startCore } from '../../../electron/services/app-services';
import { createNode, type JourneyNode, type NodeKind } from '../../../shared/model/index';
import { useTempDir } from '../../support/temp-dir';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir('journey-studio-cli-simulate-');

/**
 * A data folder with a contact and a draft journey: entry on "signup", a condition "Spanish?",
 * an SMS, a wait for its click (1 day) and a reminder when it is not clicked.
 */
async function seededDataDir(): Promise<{ dataDir: string; journeyId: string }> {
  const dataDir = tempDir();
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  try {
    const call = async (service: string, method: string, input: unknown) => {
      const envelope = await core.dispatcher.dispatch(service, method, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value;
    };
    const offer = (await call('templates', 'create', {
      channel: 'sms',
      name: 'Offer',
      content: { body: 'Hola {{ customer.customerId }}', senderId: 'SHOP' },
    })) as unknown as { id: string };
    const reminder = (await call('templates', 'create', {
      channel: 'sms',
      name: 'Reminder',
      content: { body: 'Still there, {{ customer.customerId }}?', senderId: 'SHOP' },
    })) as unknown as { id: string };
    await call('contacts', 'save', { contact: { customerId: 'cus_ana', phone: '+34600000001', language: 'es' } });
    const created = (await call('journeys', 'create', { name: 'Welcome' })) as {
      journey: { id: string; settings: object };
      revision: number;
    };
    const node = <K extends NodeKind>(id: string, kind: K, config: object, label = ''): JourneyNode => {
      const made = createNode(kind, { id, position: { x: 0, y: 0 } });
      return { ...made, label, config: { ...made.config, ...config } } as JourneyNode;
    };
    const nodes = [
      node('entry', 'entry', { audience: { type: 'customEvent', eventName: 'signup', propertyRules: [] } }),
      node(
        'spanish',
        'condition',
        {
          source: 'profile',
          filter: {
            combinator: 'and',
            groups: [{ combinator: 'and', rules: [{ field: 'language', operator: 'equals', value: 'es' }] }],
          },
        },
        'Spanish?',
      ),
      node('offer', 'message', { channel: 'sms', templateId: offer.id }, 'Offer'),
      node(
        'wait',
        'waitForEvent',
        { event: 'clicked', customEventName: '', timeout: { amount: 1, unit: 'days' } },
        'Clicked?',
      ),
      node('remind', 'message', { channel: 'sms', templateId: reminder.id }, 'Reminder'),
      node('exit', 'exit', {}),
    ];
    const edge = (source: string, sourceHandle: string, target: string) => ({
      id: `${source}-${sourceHandle}`,
      source,
      sourceHandle,
      target,
    });
    const edges = [
      edge('entry', 'next', 'spanish'),
      edge('spanish', 'yes', 'offer'),
      edge('spanish', 'no', 'exit'),
      edge('offer', 'next', 'wait'),
      edge('wait', 'event', 'exit'),
      edge('wait', 'timeout', 'remind'),
      edge('remind', 'next', 'exit'),
    ];
    await call('journeys', 'save', {
      journey: { ...created.journey, nodes, edges },
      expectedRevision: created.revision,
    });
    return { dataDir, journeyId: created.journey.id };
  } finally {
    await core.stop();
  }
}

async function exported(dataDir: string, journeyId: string): Promise<string> {
  const file = path.join(dataDir, 'welcome.journey.json');
  expect(await runCli(['export', journeyId, '-o', file, '--data-dir', dataDir], captureIo())).toBe(0);
  return file;
}

const START = '2026-03-02T10:00:00Z';

describe('journey-studio simulate', () => {
  it('prints each profile’s timeline from a journey file: a click after 2 h ends it, no click brings the reminder', async () => {
    const { dataDir, journeyId } = await seededDataDir();
    const file = await exported(dataDir, journeyId);
    const events = path.join(dataDir, 'events.json');
    fs.writeFileSync(events, JSON.stringify([{ after: '2h', name: 'message.clicked', customerId: 'clicker' }]));
    const io = captureIo();
    const profiles = [
      { customerId: 'clicker', phone: '+34600000002', language: 'es', timeZone: 'Europe/Madrid' },
      { customerId: 'silent', phone: '+34600000003', language: 'es' },
      { customerId: 'english', phone: '+34600000004', language: 'en' },
    ];
    const code = await runCli(
      ['simulate', file, '--profile', JSON.stringify(profiles), '--events', events, '--start', START, '--days', '5'],
      io,
    );
    expect(io.errText()).toBe('');
    expect(code).toBe(0);
    const out = io.outText();
    expect(out).toContain('clicker (Europe/Madrid): exited');
    // 10:00 UTC is 11:00 in Madrid.
    expect(out).toMatch(/2026-03-02 11:00 {2}message sms to \+34600000002: "Hola clicker"/);
    expect(out).toMatch(/2026-03-02 13:00 {2}event message\.clicked/);
    expect(out).toMatch(
      /silent \(UTC\): exited[\s\S]*2026-03-03 10:00 {2}message sms to \+34600000003: "Still there, silent\?"/,
    );
    expect(out).toMatch(/\[Spanish\?\] .*false/i);
    expect(out).toMatch(/Paths:[\s\S]*\s1 {2}entry → Spanish\? → Offer → Clicked\? → Reminder → exit$/m);
    // Nothing was sent for real: the data folder's outbox is still empty.
    const outbox = await runCli(['outbox', '--json', '--data-dir', dataDir], captureIo());
    expect(outbox).toBe(0);
    const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
    try {
      expect(core.context.store.db.prepare('SELECT COUNT(*) FROM outbox_messages').pluck().get()).toBe(0);
      expect(core.context.store.db.prepare('SELECT COUNT(*) FROM engine_runs').pluck().get()).toBe(0);
    } finally {
      await core.stop();
    }
  });

  it('generates profiles varying the fields the journey reads, and counts the paths they took', async () => {
    const { dataDir, journeyId } = await seededDataDir();
    const file = await exported(dataDir, journeyId);
    const io = captureIo();
    const code = await runCli(['simulate', file, '--generate', '200', '--start', START, '--days', '3', '--json'], io);
    expect(io.errText()).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(io.outText()) as { contacts: unknown[]; paths: { count: number }[] };
    expect(result.contacts).toHaveLength(200);
    // The journey asks "Spanish?" of the language: both answers come up among made-up profiles.
    expect(result.paths.length).toBeGreaterThan(1);
    expect(result.paths.reduce((sum, path) => sum + path.count, 0)).toBe(200);
  });

  it('simulates a stored journey for a stored contact by id, and prints JSON with --json', async () => {
    const { dataDir, journeyId } = await seededDataDir();
    const io = captureIo();
    const code = await runCli(
      ['simulate', journeyId, '--contact', 'cus_ana', '--start', START, '--days', '3', '--json', '--data-dir', dataDir],
      io,
    );
    expect(io.errText()).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(io.outText()) as { contacts: { customerId: string; path: string[] }[]; version: null };
    expect(result.version).toBeNull();
    expect(result.contacts).toEqual([
      expect.objectContaining({ customerId: 'cus_ana', path: ['entry', 'spanish', 'offer', 'wait', 'remind', 'exit'] }),
    ]);
  });

  it('refuses input it cannot use with exit code 2, naming what is wrong', async () => {
    const { dataDir, journeyId } = await seededDataDir();
    const file = await exported(dataDir, journeyId);
    const badEvents = path.join(dataDir, 'bad-events.json');
    fs.writeFileSync(badEvents, JSON.stringify([{ after: 'later', name: 'purchase' }]));
    const cases: [string[], RegExp][] = [
      [['simulate', file], /--profile JSON, --contact ID\[,ID…\] and\/or --generate N/],
      [['simulate', file, '--generate', '0'], /--generate must be a whole number from 1 to 10000, not "0"/],
      [['simulate', file, '--profile', '{not json'], /--profile is not JSON/],
      [['simulate', file, '--profile', '{"customerId":"a","loyalty":"gold"}'], /profiles\[0\].*loyalty/],
      [['simulate', file, '--profile', '{"customerId":"a"}', '--events', badEvents], /\$\[0\]\.after/],
      [['simulate', file, '--profile', '{"customerId":"a"}', '--start', 'yesterday'], /--start must be/],
      [
        ['simulate', path.join(dataDir, 'missing.journey.json'), '--profile', '{"customerId":"a"}'],
        /there is no such file/,
      ],
      [['simulate', journeyId, '--contact', 'nobody', '--data-dir', dataDir], /no contact "nobody"/],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      expect(await runCli(args, io), args.join(' ')).toBe(2);
      expect(io.errText()).toMatch(message);
    }
  });

  it('exits with 1 and lists the errors of a journey that does not validate', async () => {
    const { dataDir, journeyId } = await seededDataDir();
    const file = await exported(dataDir, journeyId);
    const broken = JSON.parse(fs.readFileSync(file, 'utf8')) as { journey: { edges: { source: string }[] } };
    broken.journey.edges = broken.journey.edges.filter((edge) => edge.source !== 'entry');
    fs.writeFileSync(file, JSON.stringify(broken));
    const io = captureIo();
    expect(await runCli(['simulate', file, '--profile', '{"customerId":"a"}'], io)).toBe(1);
    expect(io.errText()).toMatch(/has errors/);
  });
});
