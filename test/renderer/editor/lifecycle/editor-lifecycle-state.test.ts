import { describe, expect, it } from 'vitest';
import { createNode, type Journey } from '../../../../shared/model/index';
import type { Diagnostic } from '../../../../shared/validation/index';
import { problemToReveal } from '../../../../renderer/src/editor/lifecycle/use-fix-focus';
import { startAutosave } from '../../../../renderer/src/editor/state/autosave';
import { refusedEditMessage } from '../../../../renderer/src/editor/state/history-slice';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { createPublishedJourneys } from '../../../../electron/services/journey-api/published-journeys';
import { createPublishHistory } from '../../../../electron/services/journey-api/publish-history';
import { useInProcessClient } from '../../../support/in-process-client';
import { MemoryStorage } from '../../../support/memory-storage';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);

/** A journey with nothing but an entry and an exit: valid, so it can be activated. */
function minimal(journey: Journey): Journey {
  return {
    ...journey,
    nodes: [
      createNode('entry', { id: 'start', position: { x: 0, y: 0 } }),
      createNode('exit', { id: 'done', position: { x: 300, y: 0 } }),
    ],
    edges: [{ id: 'e', source: 'start', sourceHandle: 'next', target: 'done' }],
  };
}

async function liveJourney() {
  const api = connect();
  const { client } = api;
  const created = await client.journeys.create({ name: 'Live one' });
  const saved = await client.journeys.save({ journey: minimal(created.journey), expectedRevision: created.revision });
  await client.journeys.activate({ id: created.journey.id, expectedRevision: saved.revision });
  const store = createAppStore(client);
  const autosave = startAutosave(store, client, { debounceMs: 20, storage: new MemoryStorage() });
  store.getState().setSaveFlusher(autosave.flush);
  await store.getState().openJourney(created.journey.id);
  return { ...api, store, autosave, id: created.journey.id };
}

const relabel = (label: string) => (journey: Journey) => ({
  ...journey,
  nodes: journey.nodes.map((node) => (node.id === 'start' ? { ...node, label } : node)),
});

describe('the editor’s lifecycle state', () => {
  it('opens a live journey read-only with its live version', async () => {
    const { store, autosave } = await liveJourney();
    expect(store.getState()).toMatchObject({ liveVersion: 1, draftOpen: false, readOnly: true });
    autosave.stop();
  });

  it('follows a draft started elsewhere, keeping the selection', async () => {
    const { store, client, id, autosave } = await liveJourney();
    store.getState().select({ nodeIds: ['start'] });
    await client.journeys.startDraft({ id });
    await store.getState().refreshLifecycle();
    expect(store.getState()).toMatchObject({ draftOpen: true, readOnly: false });
    expect(store.getState().selection.nodeIds).toEqual(['start']);
    autosave.stop();
  });

  it('reports a conflict rather than drop local edits when the document changed elsewhere too', async () => {
    const { store, client, id, autosave } = await liveJourney();
    await client.journeys.startDraft({ id });
    await store.getState().refreshLifecycle();
    autosave.stop();
    store.getState().edit(relabel('Mine'));
    // Another window activates changes (a new revision and a new version) while this one has unsaved work.
    const other = await client.journeys.get({ id });
    await client.journeys.activate({ id, expectedRevision: other.revision });
    await store.getState().refreshLifecycle();
    expect(store.getState().saveStatus.state).toBe('conflict');
    expect(store.getState().journey?.nodes[0]?.label).toBe('Mine');
    expect(store.getState().liveVersion).toBe(2);
  });

  it('settles pending saves before lifecycle calls, and refuses when they fail', async () => {
    const { store, client, id, failNext, autosave } = await liveJourney();
    await client.journeys.startDraft({ id });
    await store.getState().refreshLifecycle();
    store.getState().edit(relabel('Saved first'));
    await store.getState().settleSaves();
    expect((await client.journeys.get({ id })).journey.nodes[0]?.label).toBe('Saved first');

    failNext(1);
    store.getState().edit(relabel('Not saved'));
    await expect(store.getState().settleSaves()).rejects.toThrow(/not saved yet/);
    autosave.stop();
  });

  it('refuses edits while an earlier version is on screen', async () => {
    const { store, client, id, autosave } = await liveJourney();
    await client.journeys.startDraft({ id });
    await store.getState().refreshLifecycle();
    const frozen = await client.versions.get({ journeyId: id, version: 1 });
    store
      .getState()
      .setVersionView({ kind: 'version', version: 1, journey: frozen.journey, createdAt: frozen.createdAt });
    const before = store.getState().journey;
    store.getState().edit(relabel('Nope'));
    expect(store.getState().journey).toBe(before);
    expect(store.getState().notices.at(-1)?.message).toMatch(/read-only view of an earlier version/);
    store.getState().setVersionView(null);
    store.getState().edit(relabel('Yes'));
    expect(store.getState().journey?.nodes[0]?.label).toBe('Yes');
    autosave.stop();
  });

  it('opens a journey published from elsewhere read-only, with its publish history, and refuses edits saying why', async () => {
    const api = connect();
    const { client, core } = api;
    const created = await client.journeys.create({ name: 'From the designer' });
    const { db } = core.context.store;
    db.prepare(
      "INSERT INTO api_clients (id, name, sha256, hint, created_at) VALUES ('k1', 'designer', 'x', 'jsc_…x', '2026-01-01')",
    ).run();
    createPublishedJourneys(db).mark(created.journey.id, 'k1', '2026-01-02T00:00:00.000Z');
    createPublishHistory(db).record({
      journeyId: created.journey.id,
      version: null,
      clientId: 'k1',
      at: '2026-01-02T00:00:00.000Z',
      action: 'create',
      status: 201,
      result: 'created as a draft',
    });
    expect(await client.publishedJourneys.list()).toEqual([
      { journeyId: created.journey.id, clientName: 'designer', publishedAt: '2026-01-02T00:00:00.000Z' },
    ]);
    const store = createAppStore(client);
    await store.getState().openJourney(created.journey.id);
    expect(store.getState()).toMatchObject({ readOnly: true, liveVersion: null });
    expect(store.getState().publishedHistory).toEqual([
      expect.objectContaining({ action: 'create', clientName: 'designer', result: 'created as a draft' }),
    ]);
    const before = store.getState().journey;
    store.getState().edit(relabel('Changed here'));
    expect(store.getState().journey).toBe(before);
    expect(store.getState().notices.at(-1)?.message).toMatch(/published from elsewhere/);
    // A later publish shows in the history when the editor follows the change.
    createPublishHistory(db).record({
      journeyId: created.journey.id,
      version: 1,
      clientId: 'k1',
      at: '2026-01-03T00:00:00.000Z',
      action: 'start',
      status: 200,
      result: 'started: version 1 runs',
    });
    await store.getState().refreshLifecycle();
    expect(store.getState().publishedHistory.map((record) => record.action)).toEqual(['start', 'create']);
    // The server refuses too, whatever the page does.
    const saved = await client.journeys.get({ id: created.journey.id });
    await expect(
      client.journeys.save({ journey: relabel('Sneaked')(saved.journey), expectedRevision: saved.revision }),
    ).rejects.toThrow(/published to this server from elsewhere and is read-only here/);
    await expect(client.journeys.rename({ id: created.journey.id, name: 'Renamed' })).rejects.toThrow(/read-only here/);
    await expect(client.journeys.startDraft({ id: created.journey.id })).rejects.toThrow(/read-only here/);
    // A journey made here has no history and stays editable.
    const local = await client.journeys.create({ name: 'Made here' });
    await store.getState().openJourney(local.journey.id);
    expect(store.getState()).toMatchObject({ readOnly: false, publishedHistory: [] });
  });

  it('words a refused edit by why it was refused', () => {
    const base = { versionView: null, liveVersion: 3 };
    expect(refusedEditMessage({ ...base, status: 'active' })).toBe(
      'Version 3 is live and read-only. Choose Edit to start draft version 4.',
    );
    expect(refusedEditMessage({ ...base, status: 'stopped' })).toBe('A stopped journey is read-only.');
    expect(refusedEditMessage({ ...base, status: 'archived' })).toBe('An archived journey is read-only.');
  });
});

describe('what Fix reveals', () => {
  const problem = (severity: Diagnostic['severity'], nodeId?: string): Diagnostic => ({
    severity,
    code: 'MISSING_TEMPLATE',
    message: `${severity} on ${nodeId ?? 'journey'}`,
    hint: '',
    ...(nodeId ? { nodeId } : {}),
  });

  it('the first error on the named step, else the first error', () => {
    const problems = [problem('error', 'a'), problem('warning', 'b'), problem('error', 'b')];
    expect(problemToReveal(problems, 'b')?.message).toBe('error on b');
    expect(problemToReveal(problems, 'zzz')?.message).toBe('error on a');
    expect(problemToReveal(problems, undefined)?.message).toBe('error on a');
    expect(problemToReveal([problem('warning', 'b')], 'b')).toBeNull();
  });
});
