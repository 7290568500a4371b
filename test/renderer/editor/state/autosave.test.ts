import { describe, expect, it } from 'vitest';
import { addNote } from '../../../../shared/graph/index';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { startAutosave } from '../../../../renderer/src/editor/state/autosave';
import { readDraft } from '../../../../renderer/src/editor/state/local-draft';
import { useInProcessClient } from '../../../support/in-process-client';
import { useTempDir } from '../../../support/temp-dir';
import { MemoryStorage } from '../../../support/memory-storage';
import { until } from '../../../support/until';
import { createNode, type Journey, type JourneyNode } from '../../../../shared/model/index';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);

const note = (id: string, text: string) => (journey: Journey) =>
  addNote(journey, { id, text, position: { x: 0, y: 0 }, size: { width: 100, height: 80 } });

async function openEditor(dataDir?: string) {
  const api = connect(dataDir);
  const { journey } = await api.client.journeys.create({ name: 'Autosaved' });
  const store = createAppStore(api.client);
  const storage = new MemoryStorage();
  const autosave = startAutosave(store, api.client, { debounceMs: 20, maxRetryMs: 80, storage });
  await store.getState().openJourney(journey.id);
  return { ...api, store, autosave, storage, id: journey.id };
}

describe('autosave', () => {
  it('saves a burst of edits shortly after, once, and says so', async () => {
    const { store, client, id, calls, autosave } = await openEditor();
    store.getState().edit(note('a', 'one'));
    store.getState().edit(note('b', 'two'));
    expect(store.getState().saveStatus.state).toBe('pending');
    await until(() => store.getState().saveStatus.state === 'saved');
    expect(calls.filter((c) => c === 'journeys.save')).toHaveLength(1);
    expect((await client.journeys.get({ id })).journey.notes.map((n) => n.text)).toEqual(['one', 'two']);
    autosave.stop();
  });

  it('loading is never an undo step and never saved', async () => {
    const { store, calls, autosave } = await openEditor();
    expect(store.getState().history.past).toEqual([]);
    expect(store.getState().saveStatus.state).toBe('saved');
    // flush() saves at once whatever autosave would save later: if loading counted as a change, it
    // would be written now.
    await autosave.flush();
    expect(calls).not.toContain('journeys.save');
    autosave.stop();
  });

  it('retries a failed save, showing the failure meanwhile, and loses nothing', async () => {
    const { store, client, id, failNext, autosave } = await openEditor();
    failNext(2);
    store.getState().edit(note('a', 'kept'));
    await until(() => store.getState().saveStatus.state === 'error');
    expect(store.getState().saveStatus).toMatchObject({ state: 'error', message: 'Journey Studio is not reachable.' });
    await until(() => store.getState().saveStatus.state === 'saved');
    expect((await client.journeys.get({ id })).journey.notes.map((n) => n.text)).toEqual(['kept']);
    autosave.stop();
  });

  it('stops and asks when another window saved first, then keeps mine on request', async () => {
    const { store, client, id, autosave } = await openEditor();
    const other = await client.journeys.get({ id });
    await client.journeys.save({
      journey: { ...other.journey, description: 'from the other window' },
      expectedRevision: other.revision,
    });
    store.getState().edit(note('a', 'mine'));
    await until(() => store.getState().saveStatus.state === 'conflict');
    expect((await client.journeys.get({ id })).journey.description).toBe('from the other window');
    await store.getState().overwriteStore();
    await until(() => store.getState().saveStatus.state === 'saved');
    expect((await client.journeys.get({ id })).journey.notes.map((n) => n.text)).toEqual(['mine']);
    autosave.stop();
  });

  it('keeps an unsaved document locally when the page goes away, and clears it once saved', async () => {
    const { store, storage, id, autosave, failNext } = await openEditor();
    failNext(1);
    store.getState().edit(note('a', 'last words'));
    autosave.persistDraftNow();
    expect(readDraft(storage, id)?.journey.notes[0]?.text).toBe('last words');
    await until(() => store.getState().saveStatus.state === 'saved');
    expect(readDraft(storage, id)).toBeNull();
    autosave.stop();
  });

  it('undo and redo move between saved states and are saved too', async () => {
    const { store, client, id, autosave } = await openEditor();
    store.getState().edit(note('a', 'first'));
    store.getState().edit(note('b', 'second'));
    store.getState().undo();
    await until(() => store.getState().saveStatus.state === 'saved');
    expect((await client.journeys.get({ id })).journey.notes.map((n) => n.text)).toEqual(['first']);
    store.getState().redo();
    await until(
      () => store.getState().saveStatus.state === 'saved' && store.getState().journey === store.getState().savedJourney,
    );
    expect((await client.journeys.get({ id })).journey.notes.map((n) => n.text)).toEqual(['first', 'second']);
    autosave.stop();
  });

  it('shows the secret reference a save put in place of a token typed into a webhook, and saves nothing more', async () => {
    const { store, client, id, calls, autosave } = await openEditor();
    const hook = createNode('webhook', { id: 'hook', position: { x: 0, y: 0 }, label: 'CRM' });
    const token = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
    store.getState().edit((journey) => ({
      ...journey,
      nodes: [
        ...journey.nodes,
        {
          ...hook,
          config: {
            ...hook.config,
            url: 'https://crm.example.com/in',
            headers: [{ name: 'Authorization', value: `Bearer ${token}` }],
          },
        } as JourneyNode,
      ],
    }));
    await until(() => store.getState().saveStatus.state === 'saved');
    const shown = store.getState().journey!.nodes.find((node) => node.id === 'hook')!;
    expect(JSON.stringify(shown)).not.toContain(token);
    expect(JSON.stringify(shown)).toContain('{{ secrets.');
    expect(store.getState().journey).toBe(store.getState().savedJourney);
    expect(JSON.stringify((await client.journeys.get({ id })).journey)).not.toContain(token);
    await autosave.flush();
    expect(calls.filter((c) => c === 'journeys.save')).toHaveLength(1);
    autosave.stop();
  });
});
