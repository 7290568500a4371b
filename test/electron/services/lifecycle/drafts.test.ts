import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { activeJourney, validDraft } from './support/lifecycle-journeys';

const connect = useCores(useTempDir());

describe('editing a live journey through a draft', () => {
  it('refuses to save a live journey without an open draft, naming its version and the way forward', async () => {
    const { client } = connect();
    const live = await activeJourney(client, 'Welcome');
    await expect(
      client.journeys.save({ journey: { ...live.journey, description: 'edit' }, expectedRevision: live.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Welcome" is active (version 1). Start a draft to change it; the live version keeps running.',
    });
    const paused = await client.journeys.transition({ id: live.journey.id, to: 'paused' });
    await expect(
      client.journeys.save({ journey: paused.journey, expectedRevision: paused.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Welcome" is paused (version 1). Start a draft to change it; the paused version stays as it is.',
    });
  });

  it('starts a draft (same document, draftOpen), saves into it while version 1 stays live, and announces each step', async () => {
    const { client, events } = connect();
    const live = await activeJourney(client);
    const id = live.journey.id;
    events.length = 0;

    const drafting = await client.journeys.startDraft({ id });
    expect(drafting).toMatchObject({
      draftOpen: true,
      liveVersion: 1,
      revision: live.revision + 1,
      journey: { status: 'active' },
    });
    expect({ ...drafting.journey, updatedAt: '' }).toEqual({ ...live.journey, updatedAt: '' });

    const edited = await client.journeys.save({
      journey: { ...drafting.journey, description: 'new copy', status: 'draft' },
      expectedRevision: drafting.revision,
    });
    expect(edited).toMatchObject({
      draftOpen: true,
      liveVersion: 1,
      journey: { status: 'active', description: 'new copy' },
    });
    expect((await client.versions.get({ journeyId: id, version: 1 })).journey.description).toBe('');
    expect(events.map((e) => (e.payload as { change: string }).change)).toEqual(['lifecycle', 'updated']);
    expect((await client.journeys.list())[0]).toMatchObject({ id, liveVersion: 1, draftOpen: true });
  });

  it('discards a draft: the document goes back to the live version, keeping the current name', async () => {
    const { client } = connect();
    const live = await activeJourney(client);
    const id = live.journey.id;
    const drafting = await client.journeys.startDraft({ id });
    await client.journeys.save({
      journey: { ...drafting.journey, nodes: [], edges: [] },
      expectedRevision: drafting.revision,
    });
    await client.journeys.rename({ id, name: 'Order shipped (2026)' });

    const discarded = await client.journeys.discardDraft({ id });

    expect(discarded).toMatchObject({
      draftOpen: false,
      liveVersion: 1,
      journey: { status: 'active', name: 'Order shipped (2026)' },
    });
    expect(discarded.journey.nodes).toEqual(live.journey.nodes);
    expect(discarded.journey.edges).toEqual(live.journey.edges);
    await expect(
      client.journeys.save({ journey: discarded.journey, expectedRevision: discarded.revision }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('discarding the draft of a paused journey keeps it paused', async () => {
    const { client } = connect();
    const live = await activeJourney(client);
    const id = live.journey.id;
    await client.journeys.startDraft({ id });
    await client.journeys.transition({ id, to: 'paused' });
    const discarded = await client.journeys.discardDraft({ id });
    expect(discarded).toMatchObject({ draftOpen: false, journey: { status: 'paused' } });
  });

  it('refuses a second draft, a draft of a journey that is not live, and discarding when there is no draft', async () => {
    const { client } = connect();
    const live = await activeJourney(client, 'Live');
    await client.journeys.startDraft({ id: live.journey.id });
    await expect(client.journeys.startDraft({ id: live.journey.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Live" already has an open draft. Keep editing it, activate it or discard it.',
    });

    const draft = await validDraft(client, 'Not live');
    await expect(client.journeys.startDraft({ id: draft.journey.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Not live" is draft; only an active or paused journey is changed through a draft. Edit it directly.',
    });
    await expect(client.journeys.discardDraft({ id: draft.journey.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Not live" has no open draft to discard.',
    });

    const other = await activeJourney(client, 'Live, no draft');
    await expect(client.journeys.discardDraft({ id: other.journey.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Live, no draft" has no open draft to discard.',
    });
    await client.journeys.transition({ id: other.journey.id, to: 'stopped' });
    await expect(client.journeys.startDraft({ id: other.journey.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Live, no draft" is stopped; only an active or paused journey is changed through a draft.',
    });
    await expect(client.journeys.startDraft({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(client.journeys.discardDraft({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses drafts in the trash', async () => {
    const { client } = connect();
    const live = await activeJourney(client, 'Live');
    await client.journeys.transition({ id: live.journey.id, to: 'stopped' });
    await client.journeys.transition({ id: live.journey.id, to: 'archived' });
    await client.journeys.delete({ id: live.journey.id });
    await expect(client.journeys.startDraft({ id: live.journey.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Live" is in the trash. Restore it before starting a draft of it.',
    });
    await expect(client.journeys.discardDraft({ id: live.journey.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: /in the trash/,
    });
  });
});
