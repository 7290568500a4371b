import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmptyJourney, createNode, type Journey, type JourneyStatus } from '../../../../shared/model/index';
import { DATABASE_FILE_NAME, openDatabase } from '../../../../electron/services/store/database';
import { storeMigrations } from '../../../../electron/services/store/migrations/index';
import { openStore } from '../../../../electron/services/store/store';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';

const tempDir = useTempDir();
const connect = useCores(tempDir);

const AT = '2026-09-01T00:00:00.000Z';
const SMS_CONTENT = { body: 'Your order has shipped.', senderId: 'SHOP' };

function journeyUsing(id: string, name: string, status: JourneyStatus, templateId: string): Journey {
  const message = createNode('message', { id: 'n-msg', position: { x: 0, y: 0 } });
  message.config = { ...message.config, channel: 'sms', templateId };
  return { ...createEmptyJourney({ id, name, now: AT }), status, nodes: [message] };
}

/** A database as version 3 of the app left it: statuses were labels saved with the document. */
function createVersion3Database(dir: string): void {
  const db = openDatabase(path.join(dir, DATABASE_FILE_NAME), {
    migrations: storeMigrations.filter((m) => m.version <= 3),
  });
  db.prepare(
    "INSERT INTO templates (id, channel, name, language, content, created_at, updated_at) VALUES ('t-sms', 'sms', 'Shipped SMS', 'en', ?, ?, ?)",
  ).run(JSON.stringify(SMS_CONTENT), AT, AT);
  const insert = db.prepare(
    `INSERT INTO journeys (id, name, status, document, summary, revision, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, '{"description":"","channels":["sms"],"entryType":null,"nodeCount":1}', 3, ?, ?, NULL)`,
  );
  const ref = db.prepare("INSERT INTO journey_template_refs (journey_id, template_id) VALUES (?, 't-sms')");
  const rows: [string, string, JourneyStatus][] = [
    ['j-active', 'Order shipped', 'active'],
    ['j-paused', 'Win-back', 'paused'],
    ['j-draft', 'Welcome', 'draft'],
    ['j-stopped', 'Old promo', 'stopped'],
  ];
  for (const [id, name, status] of rows) {
    insert.run(id, name, status, JSON.stringify(journeyUsing(id, name, status, 't-sms')), AT, AT);
    ref.run(id);
  }
  insert.run('j-damaged', 'Damaged', 'active', '{ not json', AT, AT);
  db.close();
}

describe('store migration 004: journey lifecycle', () => {
  it("adds live_version and draft_open, freezing each live journey's document as version 1 with its templates", () => {
    const dir = tempDir();
    createVersion3Database(dir);
    const store = openStore(dir);
    expect(store.version()).toBeGreaterThanOrEqual(4); // 004 and every later step ran

    const rows = store.db.prepare('SELECT id, live_version, draft_open FROM journeys ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'j-active', live_version: 1, draft_open: 0 },
      { id: 'j-damaged', live_version: null, draft_open: 0 },
      { id: 'j-draft', live_version: null, draft_open: 0 },
      { id: 'j-paused', live_version: 1, draft_open: 0 },
      { id: 'j-stopped', live_version: null, draft_open: 0 },
    ]);
    const frozen = store.versions.find('j-active', 1)!;
    expect(frozen.journey).toEqual(journeyUsing('j-active', 'Order shipped', 'active', 't-sms'));
    expect(frozen.templates).toEqual([
      {
        id: 't-sms',
        channel: 'sms',
        name: 'Shipped SMS',
        language: 'en',
        content: SMS_CONTENT,
        createdAt: AT,
        updatedAt: AT,
      },
    ]);
    expect(frozen.createdAt).toBe(AT);
    expect(store.versions.list('j-draft')).toEqual([]);
    expect(store.versions.list('j-stopped')).toEqual([]);
    // History before the upgrade is unknown rather than invented.
    expect(store.versions.transitions('j-active')).toEqual([]);
    expect(store.journeys.require('j-paused')).toMatchObject({ revision: 3, liveVersion: 1, draftOpen: false });
    store.close();
  });

  it('refuses values the columns cannot hold', () => {
    const dir = tempDir();
    createVersion3Database(dir);
    const store = openStore(dir);
    expect(() => store.db.prepare("UPDATE journeys SET draft_open = 2 WHERE id = 'j-draft'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => store.db.prepare("UPDATE journeys SET live_version = 0 WHERE id = 'j-draft'").run()).toThrow(
      /CHECK constraint/,
    );
    store.close();
  });

  it('leaves upgraded live journeys usable: refused edits, then a draft and its discarding', async () => {
    const dir = tempDir();
    createVersion3Database(dir);
    const { client } = connect({ dataDir: dir });
    await expect(
      client.journeys.save({ journey: (await client.journeys.get({ id: 'j-active' })).journey, expectedRevision: 3 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Order shipped" is active (version 1). Start a draft to change it; the live version keeps running.',
    });
    const drafting = await client.journeys.startDraft({ id: 'j-active' });
    await client.journeys.save({
      journey: { ...drafting.journey, description: 'edited after the upgrade' },
      expectedRevision: drafting.revision,
    });
    const discarded = await client.journeys.discardDraft({ id: 'j-active' });
    expect(discarded.journey.description).toBe('');
    expect((await client.versions.list({ journeyId: 'j-active' })).map((v) => [v.version, v.live])).toEqual([
      [1, true],
    ]);
  });
});
