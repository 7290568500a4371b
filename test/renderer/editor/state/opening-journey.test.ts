import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { requestOpeningJourney, takeOpeningJourney } from '../../../../renderer/src/api/opening-journey';
import { useInProcessClient } from '../../../support/in-process-client';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);

describe('the journey a page opens on', () => {
  it('is asked for once, before the editor opens, and the editor opens with that answer', async () => {
    const { client, transport, calls } = connect();
    const { journey } = await client.journeys.create({ name: 'Opened by link' });
    calls.length = 0;

    requestOpeningJourney(transport, `#/journeys/${encodeURIComponent(journey.id)}?version=1`);
    expect(calls).toEqual(['journeys.get']);

    const store = createAppStore(client);
    await store.getState().openJourney(journey.id);
    expect(store.getState().editorLoad).toEqual({ state: 'ready' });
    expect(store.getState().journey?.name).toBe('Opened by link');
    // The journey is not read again; only its publish history (if published from elsewhere) is asked for beside it.
    expect(calls).toEqual(['journeys.get', 'publishedJourneys.history']);
  });

  it('is not asked for on any other page', async () => {
    const { transport, calls } = connect();
    for (const hash of ['', '#/', '#/templates/t1', '#/settings', '#token=abc']) requestOpeningJourney(transport, hash);
    expect(calls).toEqual([]);
  });

  it('goes only to the first editor, and only for that journey', async () => {
    const { client, transport, calls } = connect();
    const first = await client.journeys.create({ name: 'First' });
    const second = await client.journeys.create({ name: 'Second' });

    requestOpeningJourney(transport, `#/journeys/${first.journey.id}`);
    const store = createAppStore(client);
    calls.length = 0;
    await store.getState().openJourney(second.journey.id);
    expect(store.getState().journey?.name).toBe('Second');
    expect(calls).toEqual(['journeys.get', 'publishedJourneys.history']);
    // Dropped once another journey opened first: a later open reads the journey as it is then.
    expect(takeOpeningJourney(first.journey.id)).toBeNull();
    await client.journeys.rename({ id: first.journey.id, name: 'First, renamed' });
    await store.getState().openJourney(first.journey.id);
    expect(store.getState().journey?.name).toBe('First, renamed');
  });

  it('that could not be read fails the opening with the reason, as reading it then would', async () => {
    const { client, transport } = connect();
    requestOpeningJourney(transport, '#/journeys/no-such-journey');
    const store = createAppStore(client);
    await store.getState().openJourney('no-such-journey');
    const load = store.getState().editorLoad;
    expect(load.state).toBe('error');
    expect(load.state === 'error' && load.message).toMatch(/no-such-journey|not found/i);
  });
});
