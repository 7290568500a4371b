import { describe, expect, it } from 'vitest';
import { createNode } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { activeJourney, validDraft, type Client } from './support/lifecycle-journeys';

const connect = useCores(useTempDir());

/** A live journey with versions 1 (three steps) and 2 (one more step, described "v2"). */
async function twoVersions(client: Client, name = 'Order shipped') {
  const live = await activeJourney(client, name);
  const id = live.journey.id;
  const drafting = await client.journeys.startDraft({ id });
  // Version 2 waits a while between the message and the exit.
  const delay = createNode('delay', { id: 'n-delay', position: { x: 450, y: 0 } });
  const edges = drafting.journey.edges.map((edge) => (edge.id === 'e2' ? { ...edge, target: 'n-delay' } : edge));
  const edited = await client.journeys.save({
    journey: {
      ...drafting.journey,
      description: 'v2',
      nodes: [...drafting.journey.nodes, delay],
      edges: [...edges, { id: 'e3', source: 'n-delay', sourceHandle: 'next', target: 'n-exit' }],
    },
    expectedRevision: drafting.revision,
  });
  const v2 = await client.journeys.activate({ id, expectedRevision: edited.revision });
  return { id, v1: live, v2 };
}

describe('versions.list and versions.get', () => {
  it('lists versions newest first with their step count and which one is live', async () => {
    const { client } = connect();
    const { id, v2 } = await twoVersions(client);
    const listed = await client.versions.list({ journeyId: id });
    expect(listed.map(({ version, nodeCount, live }) => ({ version, nodeCount, live }))).toEqual([
      { version: 2, nodeCount: 4, live: true },
      { version: 1, nodeCount: 3, live: false },
    ]);
    expect(listed[0]!.createdAt).toBe(v2.journey.updatedAt);
    const draft = await validDraft(client, 'Never activated');
    expect(await client.versions.list({ journeyId: draft.journey.id })).toEqual([]);
    await expect(client.versions.list({ journeyId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no journey with id "nope".',
    });
  });

  it('gets one version read-only with its templates, and says which versions exist when asked for another', async () => {
    const { client } = connect();
    const { id, v1 } = await twoVersions(client, 'Welcome');
    const first = await client.versions.get({ journeyId: id, version: 1 });
    expect(first).toMatchObject({ journeyId: id, version: 1, journey: { description: '', status: 'active' } });
    expect(first.journey.nodes).toEqual(v1.journey.nodes);
    expect(first.templates.map((t) => t.id)).toEqual([v1.templateId]);
    await expect(client.versions.get({ journeyId: id, version: 7 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '"Welcome" has no version 7. It has versions 1–2.',
    });
    const draft = await validDraft(client, 'Fresh');
    await expect(client.versions.get({ journeyId: draft.journey.id, version: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '"Fresh" has no version 1. It has no versions yet; activating it makes version 1.',
    });
  });
});

describe('versions.restore', () => {
  it('restores into a new draft of a live journey; the live version keeps running and the current name stays', async () => {
    const { client, events } = connect();
    const { id } = await twoVersions(client);
    await client.journeys.rename({ id, name: 'Order shipped 2026' });
    events.length = 0;

    const restored = await client.versions.restore({ journeyId: id, version: 1 });

    expect(restored).toMatchObject({
      draftOpen: true,
      liveVersion: 2,
      journey: { status: 'active', name: 'Order shipped 2026', description: '' },
    });
    expect(restored.journey.nodes).toHaveLength(3);
    expect(events).toEqual([
      { event: 'journeyChanged', payload: { id, change: 'lifecycle', revision: restored.revision } },
    ]);
    expect((await client.versions.get({ journeyId: id, version: 2 })).journey.nodes).toHaveLength(4);

    // With a draft already open, restoring replaces the draft's content.
    const again = await client.versions.restore({ journeyId: id, version: 2 });
    expect(again).toMatchObject({ draftOpen: true, journey: { description: 'v2' } });
    expect(events.at(-1)).toEqual({
      event: 'journeyChanged',
      payload: { id, change: 'updated', revision: again.revision },
    });
    const published = await client.journeys.activate({ id, expectedRevision: again.revision });
    expect(published.version).toBe(3);
  });

  it('makes a Ready journey a Draft again, logging the move', async () => {
    const { client } = connect();
    const { id } = await twoVersions(client, 'Welcome');
    await client.journeys.transition({ id, to: 'stopped' });
    await client.journeys.transition({ id, to: 'archived' });
    await client.journeys.transition({ id, to: 'draft' });
    const ready = await client.journeys.validate({ id });
    expect(ready.journey.status).toBe('ready');

    const restored = await client.versions.restore({ journeyId: id, version: 1 });

    expect(restored).toMatchObject({ draftOpen: false, liveVersion: 2, journey: { status: 'draft', description: '' } });
    expect((await client.journeys.transitions({ id })).at(-1)).toMatchObject({
      from: 'ready',
      to: 'draft',
      version: null,
    });
  });

  it('refuses stopped, archived and trashed journeys and unknown versions, changing nothing', async () => {
    const { client } = connect();
    const { id } = await twoVersions(client, 'Welcome');
    await expect(client.versions.restore({ journeyId: id, version: 9 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: /has no version 9/,
    });
    const stopped = await client.journeys.transition({ id, to: 'stopped' });
    await expect(client.versions.restore({ journeyId: id, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Welcome" is stopped and cannot be changed. Duplicate version 1 to run it again.',
    });
    expect((await client.journeys.get({ id })).revision).toBe(stopped.revision);
    await client.journeys.transition({ id, to: 'archived' });
    await expect(client.versions.restore({ journeyId: id, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Welcome" is archived. Unarchive it before restoring a version.',
    });
    await client.journeys.delete({ id });
    await expect(client.versions.restore({ journeyId: id, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Welcome" is in the trash. Restore it before restoring a version of it.',
    });
  });
});

describe('versions.duplicate', () => {
  it('makes a new draft journey from a version, named after it, with only its own creation in its history', async () => {
    const { client, events } = connect();
    const { id } = await twoVersions(client, 'Welcome');
    events.length = 0;

    const copy = await client.versions.duplicate({ journeyId: id, version: 1 });

    expect(copy).toMatchObject({
      revision: 1,
      liveVersion: null,
      draftOpen: false,
      journey: { name: 'Welcome v1 (copy)', status: 'draft', description: '' },
    });
    expect(copy.journey.id).not.toBe(id);
    expect(copy.journey.nodes).toHaveLength(3);
    expect(await client.versions.list({ journeyId: copy.journey.id })).toEqual([]);
    expect((await client.journeys.transitions({ id: copy.journey.id })).map((t) => [t.from, t.to])).toEqual([
      [null, 'draft'],
    ]);
    expect(events).toEqual([
      { event: 'journeyChanged', payload: { id: copy.journey.id, change: 'created', revision: 1 } },
    ]);

    const second = await client.versions.duplicate({ journeyId: id, version: 1 });
    const named = await client.versions.duplicate({ journeyId: id, version: 2, name: '  Welcome — relaunch  ' });
    expect([second.journey.name, named.journey.name]).toEqual(['Welcome v1 (copy 2)', 'Welcome — relaunch']);
  });

  it('refuses a journey in the trash and an unknown version', async () => {
    const { client } = connect();
    const { id } = await twoVersions(client, 'Welcome');
    await expect(client.versions.duplicate({ journeyId: id, version: 5 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: /"Welcome" has no version 5/,
    });
    await client.journeys.transition({ id, to: 'stopped' });
    await client.journeys.delete({ id });
    await expect(client.versions.duplicate({ journeyId: id, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Welcome" is in the trash. Restore it before duplicating one of its versions.',
    });
  });
});
