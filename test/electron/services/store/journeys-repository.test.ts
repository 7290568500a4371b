import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/index';
import { createEmptyJourney, createNode, type Journey } from '../../../../shared/model/index';
import { openStore } from '../../../../electron/services/store/store';
import { StoreError } from '../../../../electron/services/store/store-error';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

function journeyWithMessage(id: string): Journey {
  const journey = createEmptyJourney({ id, name: 'Order shipped', now: '2026-11-01T10:00:00.000Z' });
  const entry = createNode('entry', { id: 'n-entry', position: { x: 0, y: 0 } });
  const message = createNode('message', { id: 'n-msg', position: { x: 300, y: 0 } });
  if (message.kind !== 'message') throw new Error('createNode returned the wrong kind');
  message.config = { ...message.config, channel: 'whatsapp', fallbacks: [{ channel: 'sms', templateId: null }] };
  return {
    ...journey,
    nodes: [entry, message],
    edges: [{ id: 'e1', source: 'n-entry', sourceHandle: 'next', target: 'n-msg' }],
  };
}

describe('journeys repository', () => {
  it('stores a document and lists its digest', () => {
    const store = openStore(tempDir());
    store.journeys.insert(journeyWithMessage('j1'));
    const [summary] = store.journeys.list();
    expect(summary).toMatchObject({
      id: 'j1',
      name: 'Order shipped',
      status: 'draft',
      revision: 1,
      channels: ['whatsapp', 'sms'],
      entryType: 'all',
      nodeCount: 2,
    });
    expect(store.journeys.require('j1').journey).toEqual(journeyWithMessage('j1'));
    store.close();
  });

  it('survives closing and reopening the file', () => {
    const dir = tempDir();
    const first = openStore(dir);
    first.journeys.insert(journeyWithMessage('j1'));
    first.close();
    const second = openStore(dir);
    expect(second.journeys.require('j1').journey.nodes).toHaveLength(2);
    second.close();
  });

  it('saves with optimistic concurrency and refuses a stale revision', () => {
    const store = openStore(tempDir());
    const { journey } = store.journeys.insert(journeyWithMessage('j1'));
    const saved = store.journeys.save({ ...journey, name: 'Renamed' }, 1);
    expect(saved.revision).toBe(2);
    const stale = () => store.journeys.save({ ...journey, name: 'Lost update' }, 1);
    expect(stale).toThrow(ApiError);
    expect(stale).toThrow(/changed elsewhere \(revision 2, this copy is 1\)/);
    expect(store.journeys.require('j1').journey.name).toBe('Renamed');
    store.close();
  });

  it('moves journeys to the trash, restores and purges them', () => {
    const store = openStore(tempDir());
    store.journeys.insert(journeyWithMessage('j1'));
    store.journeys.markDeleted('j1', '2026-11-02T00:00:00.000Z');
    expect(store.journeys.list()).toEqual([]);
    expect(store.journeys.listTrash().map((j) => j.id)).toEqual(['j1']);
    expect(store.journeys.names()).toEqual(['Order shipped']);
    store.journeys.markDeleted('j1', null);
    expect(store.journeys.list().map((j) => j.id)).toEqual(['j1']);
    store.journeys.purge('j1');
    expect(store.journeys.find('j1')).toBeUndefined();
    expect(() => store.journeys.purge('j1')).toThrow(/no journey with id "j1"/);
    store.close();
  });

  it('starts a journey with no live version and no draft, and records its creation', () => {
    const store = openStore(tempDir());
    const inserted = store.journeys.insert(journeyWithMessage('j1'));
    expect(inserted).toMatchObject({ revision: 1, liveVersion: null, draftOpen: false, deletedAt: null });
    expect(store.journeys.list()[0]).toMatchObject({ liveVersion: null, draftOpen: false });
    expect(store.versions.transitions('j1')).toEqual([
      { from: null, to: 'draft', version: null, at: '2026-11-01T10:00:00.000Z' },
    ]);
    store.close();
  });

  it('writes the lifecycle columns when told and keeps them otherwise', () => {
    const store = openStore(tempDir());
    const { journey } = store.journeys.insert(journeyWithMessage('j1'));
    const live = store.journeys.save({ ...journey, status: 'active' }, 1, { liveVersion: 1 });
    expect(live).toMatchObject({ revision: 2, liveVersion: 1, draftOpen: false });
    const drafting = store.journeys.save(journey, 2, { draftOpen: true });
    expect(drafting).toMatchObject({ liveVersion: 1, draftOpen: true });
    const kept = store.journeys.save({ ...journey, description: 'edited' }, 3);
    expect(kept).toMatchObject({ revision: 4, liveVersion: 1, draftOpen: true });
    expect(store.journeys.require('j1')).toMatchObject({
      revision: 4,
      liveVersion: 1,
      draftOpen: true,
      journey: { description: 'edited' },
    });
    const cleared = store.journeys.save(journey, 4, { liveVersion: null, draftOpen: false });
    expect(cleared).toMatchObject({ liveVersion: null, draftOpen: false });
    expect(store.journeys.list()[0]).toMatchObject({ revision: 5, liveVersion: null, draftOpen: false });
    store.close();
  });

  it('lists rows with their documents, reading each only when asked', () => {
    const store = openStore(tempDir());
    store.journeys.insert(journeyWithMessage('j1'));
    store.journeys.insert({ ...journeyWithMessage('j2'), name: 'Damaged' });
    store.db.prepare("UPDATE journeys SET document = '{not json' WHERE id = 'j2'").run();
    const listed = store.journeys.listWithDocuments();
    expect(listed.map((row) => row.summary.id).sort()).toEqual(['j1', 'j2']);
    const byId = new Map(listed.map((row) => [row.summary.id, row]));
    expect(byId.get('j1')!.readJourney()).toEqual(journeyWithMessage('j1'));
    expect(() => byId.get('j2')!.readJourney()).toThrow(StoreError);
    store.journeys.markDeleted('j1', '2026-11-02T00:00:00.000Z');
    expect(store.journeys.listWithDocuments().map((row) => row.summary.id)).toEqual(['j2']);
    store.close();
  });

  it('refuses a duplicate id as a conflict', () => {
    const store = openStore(tempDir());
    store.journeys.insert(journeyWithMessage('j1'));
    expect(() => store.journeys.insert(journeyWithMessage('j1'))).toThrow(/already exists/);
    store.close();
  });

  it('reports a damaged stored document by name instead of returning it', () => {
    const store = openStore(tempDir());
    store.journeys.insert(journeyWithMessage('j1'));
    store.db
      .prepare("UPDATE journeys SET document = json_set(document, '$.nodes[0].position.x', 'left') WHERE id = 'j1'")
      .run();
    expect(() => store.journeys.require('j1')).toThrow(StoreError);
    expect(() => store.journeys.require('j1')).toThrow(/journey j1 does not match/);
    store.db.prepare("UPDATE journeys SET document = '{not json' WHERE id = 'j1'").run();
    expect(() => store.journeys.require('j1')).toThrow(/not valid JSON/);
    store.close();
  });

  it('reads documents stored in an older schema version through the migrations', () => {
    const store = openStore(tempDir());
    const journey = journeyWithMessage('j1');
    store.journeys.insert(journey);
    const v1 = {
      schemaVersion: 1,
      id: 'j1',
      name: journey.name,
      description: '',
      status: 'draft',
      createdAt: journey.createdAt,
      updatedAt: journey.updatedAt,
      settings: { ...journey.settings, language: 'en', languages: undefined },
      nodes: [],
      edges: [],
    };
    store.db.prepare('UPDATE journeys SET document = ? WHERE id = ?').run(JSON.stringify(v1), 'j1');
    const read = store.journeys.require('j1').journey;
    expect(read.schemaVersion).toBeGreaterThan(1);
    expect(read.settings.languages).toEqual(['en']);
    store.close();
  });
});

describe('versions repository', () => {
  it('freezes numbered, immutable versions and records transitions', () => {
    const store = openStore(tempDir());
    const { journey } = store.journeys.insert(journeyWithMessage('j1'));
    const v1 = store.versions.freeze(journey, [], '2026-11-03T00:00:00.000Z');
    const v2 = store.versions.freeze({ ...journey, name: 'Second' }, [], '2026-11-04T00:00:00.000Z');
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(store.versions.find('j1', 1)?.journey.name).toBe('Order shipped');
    expect(store.versions.list('j1').map((v) => v.journey.name)).toEqual(['Order shipped', 'Second']);
    expect(store.versions.listings('j1')).toEqual([
      { version: 2, createdAt: '2026-11-04T00:00:00.000Z', nodeCount: 2 },
      { version: 1, createdAt: '2026-11-03T00:00:00.000Z', nodeCount: 2 },
    ]);
    store.versions.recordTransition('j1', { from: 'draft', to: 'active', version: 1, at: '2026-11-03T00:00:00.000Z' });
    expect(store.versions.transitions('j1')).toEqual([
      { from: null, to: 'draft', version: null, at: '2026-11-01T10:00:00.000Z' },
      { from: 'draft', to: 'active', version: 1, at: '2026-11-03T00:00:00.000Z' },
    ]);
    store.journeys.purge('j1');
    expect(store.versions.list('j1')).toEqual([]);
    expect(store.versions.transitions('j1')).toEqual([]);
    store.close();
  });

  it('a frozen version keeps the template content it was frozen with, whatever happens to the template later', () => {
    const store = openStore(tempDir());
    const { journey } = store.journeys.insert(journeyWithMessage('j1'));
    const template = {
      id: 't1',
      channel: 'sms' as const,
      name: 'Shipped SMS',
      language: 'en',
      content: { body: 'Your order {{ order.awb }} has shipped', senderId: 'SHOP' },
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    };
    store.templates.put(template);
    store.versions.freeze(journey, [store.templates.require('t1')], '2026-11-03T00:00:00.000Z');
    store.templates.put({
      ...template,
      content: { body: 'Changed after activation', senderId: 'SHOP' },
      updatedAt: '2026-11-05T00:00:00.000Z',
    });
    store.templates.delete('t1');
    expect(store.versions.find('j1', 1)?.templates).toEqual([template]);
    store.close();
  });
});

describe('templates and settings repositories', () => {
  it('round-trips templates and JSON settings', () => {
    const store = openStore(tempDir());
    const template = {
      id: 't1',
      channel: 'sms' as const,
      name: 'Shipped SMS',
      language: 'en',
      content: { body: 'Your order {{ order.awb }} has shipped', senderId: 'SHOPCO' },
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    };
    store.templates.put(template);
    expect(store.templates.require('t1')).toEqual(template);
    store.settings.set('ui.theme', { mode: 'dark' });
    expect(store.settings.all()).toEqual({ 'ui.theme': { mode: 'dark' } });
    store.templates.delete('t1');
    expect(store.templates.list()).toEqual([]);
    store.close();
  });
});

describe('journeys repository: reading the same document again', () => {
  it('gives a fresh copy each time, so changing one read never changes the next', () => {
    const store = openStore(tempDir());
    store.journeys.insert(journeyWithMessage('j1'));
    const first = store.journeys.require('j1').journey;
    first.nodes[0]!.position.x = 999;
    first.name = 'Changed in memory';
    const second = store.journeys.require('j1').journey;
    expect(second).toEqual(journeyWithMessage('j1'));
    expect(second).not.toBe(first);
    store.close();
  });

  it('reads what was written since, by a save or by hand', () => {
    const store = openStore(tempDir());
    const stored = store.journeys.insert(journeyWithMessage('j1'));
    store.journeys.require('j1');
    store.journeys.save({ ...stored.journey, name: 'Renamed' }, stored.revision);
    expect(store.journeys.require('j1').journey.name).toBe('Renamed');
    // A row changed outside the app (same revision) is read as it now is, damage included.
    store.db
      .prepare("UPDATE journeys SET document = json_set(document, '$.nodes[0].position.x', 'left') WHERE id = 'j1'")
      .run();
    expect(() => store.journeys.require('j1')).toThrow(StoreError);
    store.close();
  });
});
