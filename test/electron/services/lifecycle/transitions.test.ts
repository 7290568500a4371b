import { describe, expect, it } from 'vitest';
import { canTransition, JOURNEY_STATUSES, type JourneyStatus } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { activeJourney, validDraft, type Client } from './support/lifecycle-journeys';

const connect = useCores(useTempDir());

/** A journey brought to `status` the way a user would get it there. */
async function journeyIn(client: Client, status: JourneyStatus, name: string) {
  if (status === 'draft') return validDraft(client, name);
  if (status === 'ready') {
    const draft = await validDraft(client, name);
    return client.journeys.validate({ id: draft.journey.id });
  }
  const live = await activeJourney(client, name);
  const id = live.journey.id;
  if (status === 'active') return live;
  if (status === 'paused') return client.journeys.transition({ id, to: 'paused' });
  const stopped = await client.journeys.transition({ id, to: 'stopped' });
  return status === 'stopped' ? stopped : client.journeys.transition({ id, to: 'archived' });
}

describe('journeys.transition', () => {
  it('allows exactly the moves of MANUAL_TRANSITIONS from every state', async () => {
    const { client } = connect();
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const from of JOURNEY_STATUSES) {
      for (const to of JOURNEY_STATUSES) {
        const { journey } = await journeyIn(client, from, `${from} to ${to}`);
        const moved = await client.journeys.transition({ id: journey.id, to }).then(
          (saved) => `${from}→${to}: ${saved.journey.status}`,
          (error: { code: string }) => `${from}→${to}: ${error.code}`,
        );
        outcomes.push(moved);
        expected.push(`${from}→${to}: ${canTransition(from, to) ? to : 'CONFLICT'}`);
      }
    }
    expect(outcomes).toEqual(expected);
  });

  it('refuses a move that is not allowed, listing the moves that are', async () => {
    const { client } = connect();
    const draft = await validDraft(client, 'Welcome');
    await expect(client.journeys.transition({ id: draft.journey.id, to: 'paused' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Welcome" cannot move from draft to paused. From draft the allowed moves are: Archive (to archived).',
    });
    await expect(client.journeys.transition({ id: draft.journey.id, to: 'active' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        '"Welcome" cannot move from draft to active. From draft the allowed moves are: Archive (to archived). To run it, activate it: it is checked and frozen as a new version.',
    });
    const live = await activeJourney(client, 'Live');
    await expect(client.journeys.transition({ id: live.journey.id, to: 'active' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Live" is already active.',
    });
    await expect(client.journeys.transition({ id: live.journey.id, to: 'archived' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        '"Live" cannot move from active to archived. From active the allowed moves are: Pause (to paused), Stop (to stopped).',
    });
    await expect(client.journeys.transition({ id: 'nope', to: 'archived' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('logs every move oldest first, naming the version live after it', async () => {
    const { client, events } = connect();
    const live = await activeJourney(client);
    const id = live.journey.id;
    events.length = 0;
    const paused = await client.journeys.transition({ id, to: 'paused' });
    await client.journeys.transition({ id, to: 'active' });
    await client.journeys.transition({ id, to: 'stopped' });
    await client.journeys.transition({ id, to: 'archived' });
    const unarchived = await client.journeys.transition({ id, to: 'draft' });

    const log = await client.journeys.transitions({ id });
    expect(log.map((t) => [t.from, t.to, t.version])).toEqual([
      [null, 'draft', null],
      ['draft', 'active', 1],
      ['active', 'paused', 1],
      ['paused', 'active', 1],
      ['active', 'stopped', null],
      ['stopped', 'archived', null],
      ['archived', 'draft', null],
    ]);
    expect(log[2]!.at).toBe(paused.journey.updatedAt);
    expect([...log.map((t) => t.at)].sort()).toEqual(log.map((t) => t.at));
    expect(events.map((e) => (e.payload as { change: string }).change)).toEqual([
      'lifecycle',
      'lifecycle',
      'lifecycle',
      'lifecycle',
      'lifecycle',
    ]);
    expect(unarchived.revision).toBe(live.revision + 5);
    await expect(client.journeys.transitions({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stopping discards nothing: an open draft stays as the read-only document, and duplicating reuses it', async () => {
    const { client } = connect();
    const live = await activeJourney(client, 'Welcome');
    const id = live.journey.id;
    const drafting = await client.journeys.startDraft({ id });
    await client.journeys.save({
      journey: { ...drafting.journey, description: 'unpublished idea' },
      expectedRevision: drafting.revision,
    });

    const stopped = await client.journeys.transition({ id, to: 'stopped' });

    expect(stopped).toMatchObject({
      draftOpen: false,
      liveVersion: 1,
      journey: { status: 'stopped', description: 'unpublished idea' },
    });
    await expect(
      client.journeys.save({ journey: stopped.journey, expectedRevision: stopped.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Welcome" is stopped and cannot be changed. Duplicate it to build on it.',
    });
    expect((await client.versions.list({ journeyId: id })).map((v) => v.live)).toEqual([false]);
    const copy = await client.journeys.duplicate({ id });
    expect(copy).toMatchObject({
      liveVersion: null,
      draftOpen: false,
      journey: { status: 'draft', description: 'unpublished idea' },
    });
  });

  it('unarchiving makes an editable draft that runs nothing; activating it again makes the next version', async () => {
    const { client } = connect();
    const live = await activeJourney(client, 'Welcome');
    const id = live.journey.id;
    await client.journeys.transition({ id, to: 'stopped' });
    const archived = await client.journeys.transition({ id, to: 'archived' });
    await expect(
      client.journeys.save({ journey: archived.journey, expectedRevision: archived.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Welcome" is archived. Unarchive it to change it.',
    });

    const unarchived = await client.journeys.transition({ id, to: 'draft' });
    expect(unarchived).toMatchObject({ liveVersion: 1, draftOpen: false, journey: { status: 'draft' } });
    const edited = await client.journeys.save({
      journey: { ...unarchived.journey, description: 'second run' },
      expectedRevision: unarchived.revision,
    });
    const again = await client.journeys.activate({ id, expectedRevision: edited.revision });
    expect(again).toMatchObject({ version: 2, liveVersion: 2, journey: { status: 'active' } });
    expect((await client.versions.list({ journeyId: id })).map((v) => [v.version, v.live])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('refuses moves in the trash', async () => {
    const { client } = connect();
    const draft = await validDraft(client, 'Binned');
    await client.journeys.delete({ id: draft.journey.id });
    await expect(client.journeys.transition({ id: draft.journey.id, to: 'archived' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Binned" is in the trash. Restore it before changing its status.',
    });
  });
});

describe('moving a running journey to the trash', () => {
  it('is refused for active and paused journeys until they are stopped', async () => {
    const { client } = connect();
    const live = await activeJourney(client, 'Welcome');
    const id = live.journey.id;
    await expect(client.journeys.delete({ id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        '"Welcome" is active. Stop it first: a journey in the trash cannot run, and the people in it would be left stranded.',
    });
    await client.journeys.transition({ id, to: 'paused' });
    await expect(client.journeys.delete({ id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: /^"Welcome" is paused\. Stop it first/,
    });
    await client.journeys.transition({ id, to: 'stopped' });
    await client.journeys.delete({ id });
    expect((await client.journeys.listTrash()).map((j) => [j.id, j.status, j.liveVersion])).toEqual([
      [id, 'stopped', 1],
    ]);
  });
});
