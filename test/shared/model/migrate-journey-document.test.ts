import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  migrateJourneyDocument,
  JourneyDocumentError,
  CURRENT_SCHEMA_VERSION,
  JourneySchema,
  formatZodIssues,
} from '../../../shared/model/index';
import { loadJourneyFixture } from './load-journey-fixture';

function documentErrorOf(raw: unknown): JourneyDocumentError {
  try {
    migrateJourneyDocument(raw);
  } catch (error) {
    if (error instanceof JourneyDocumentError) return error;
    throw error;
  }
  throw new Error('expected migrateJourneyDocument to throw');
}

describe('migrateJourneyDocument', () => {
  it('upgrades the version-1 order-shipped journey into a valid current document', () => {
    const journey = migrateJourneyDocument(loadJourneyFixture('v1-order-shipped.journey.json'));

    expect(journey.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(JourneySchema.parse(journey)).toEqual(journey);
    expect(journey.name).toBe('Order shipped');
    expect(journey.status).toBe('active');
    expect(journey.settings.languages).toEqual(['en-IN']);
    expect(journey.settings).not.toHaveProperty('language');
    expect(journey.settings.timeZone).toBe('Asia/Kolkata');
    expect(journey.notes).toEqual([]);

    expect(journey.nodes.map((node) => [node.id, node.kind])).toEqual([
      ['shipped', 'entry'],
      ['notify-shipped', 'message'],
      ['await-delivery', 'waitForEvent'],
      ['has-email', 'condition'],
      ['email-reminder', 'message'],
      ['done-delivered', 'exit'],
      ['done', 'exit'],
    ]);
    const [entry, whatsapp] = journey.nodes;
    expect(entry?.config).toEqual({
      audience: { type: 'orderEvent', packageId: 'order-lifecycle', eventKey: 'shipped' },
    });
    expect(whatsapp?.kind === 'message' && whatsapp.config).toMatchObject({
      channel: 'whatsapp',
      templateId: 'tpl_wa_order_shipped',
      fallbacks: [{ channel: 'sms', templateId: 'tpl_sms_order_shipped' }],
    });

    expect(journey.edges).toContainEqual({
      id: 'e4',
      source: 'await-delivery',
      sourceHandle: 'timeout',
      target: 'has-email',
    });
    expect(journey.edges).toHaveLength(7);
  });

  it('returns a current document unchanged', () => {
    const raw = loadJourneyFixture('valid-every-kind.journey.json');
    expect(migrateJourneyDocument(raw)).toEqual(JourneySchema.parse(raw));
  });

  it('does not modify the object it was given', () => {
    const raw = loadJourneyFixture('v1-order-shipped.journey.json');
    const before = structuredClone(raw);
    migrateJourneyDocument(raw);
    expect(raw).toEqual(before);
  });

  it('refuses a document from a newer Journey Studio, saying so', () => {
    const error = documentErrorOf({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, id: 'j' });
    expect(error.message).toBe(
      `This journey was made by a newer Journey Studio (schema version ${CURRENT_SCHEMA_VERSION + 1}; this version reads up to ${CURRENT_SCHEMA_VERSION})`,
    );
    expect(error.path).toBe('schemaVersion');
    expect(error.name).toBe('JourneyDocumentError');
  });

  it('refuses a document without a schema version', () => {
    const error = documentErrorOf({ id: 'j', name: 'No version' });
    expect(error.path).toBe('schemaVersion');
    expect(error.message).toMatch(/no "schemaVersion"/);
  });

  it('refuses a schema version that is not a whole number, or older than any known', () => {
    expect(documentErrorOf({ schemaVersion: '2' }).message).toBe(
      '"schemaVersion" must be a whole number, but it is "2"',
    );
    expect(documentErrorOf({ schemaVersion: 1.5 }).message).toBe(
      '"schemaVersion" must be a whole number, but it is 1.5',
    );
    expect(documentErrorOf({ schemaVersion: null }).message).toBe(
      '"schemaVersion" must be a whole number, but it is null',
    );
    expect(documentErrorOf({ schemaVersion: { major: 2 } }).message).toBe(
      '"schemaVersion" must be a whole number, but it is an object',
    );
    expect(documentErrorOf({ schemaVersion: 0 }).message).toMatch(/^Schema version 0 is older than any/);
  });

  it('refuses input that is not a JSON object', () => {
    expect(documentErrorOf(null).message).toBe('A journey document must be a JSON object, not null');
    expect(documentErrorOf([]).message).toBe('A journey document must be a JSON object, not an array');
    expect(documentErrorOf('{"schemaVersion":2}').message).toBe(
      'A journey document must be a JSON object, not a string',
    );
    expect(documentErrorOf(42).path).toBe('');
  });

  it('throws the ZodError when a migratable document is invalid, with paths in the migrated shape', () => {
    const raw = loadJourneyFixture('v1-order-shipped.journey.json') as { nodes: { data: Record<string, unknown> }[] };
    raw.nodes[1]!.data.channel = 'pigeon';
    let thrown: unknown;
    try {
      migrateJourneyDocument(raw);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ZodError);
    const issues = formatZodIssues(thrown as ZodError);
    expect(issues.map((issue) => issue.path)).toEqual(['nodes[1].config.channel']);
  });
});
