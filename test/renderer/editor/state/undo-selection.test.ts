import { describe, expect, it } from 'vitest';
import { addNode, addNote, deleteElements } from '../../../../shared/graph/index';
import { createNode } from '../../../../shared/model/index';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { useInProcessClient } from '../../../support/in-process-client';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);

async function openNewJourney() {
  const { client } = connect();
  const created = await client.journeys.create({ name: 'Undo and selection' });
  const store = createAppStore(client);
  await store.getState().openJourney(created.journey.id);
  return store;
}

const keptStep = createNode('exit', { id: 'kept-step', position: { x: 300, y: 0 } });
const step = createNode('delay', { id: 'added-step', position: { x: 0, y: 0 } });
const note = {
  id: 'added-note',
  text: '',
  position: { x: 0, y: 200 },
  size: { width: 220, height: 120 },
  color: 'yellow' as const,
};

describe('undo, redo and the selection', () => {
  it('undoing an add leaves none of the removed ids selected, and keeps the others', async () => {
    const store = await openNewJourney();
    store.getState().edit((journey) => addNode(journey, keptStep));
    store.getState().edit((journey) => addNote(addNode(journey, step), note));
    store.getState().select({ nodeIds: [keptStep.id, step.id], noteIds: [note.id] });

    store.getState().undo();

    expect(store.getState().journey!.nodes.map((node) => node.id)).not.toContain(step.id);
    expect(store.getState().selection).toEqual({ nodeIds: [keptStep.id], edgeIds: [], noteIds: [] });
  });

  it('redoing a delete drops the deleted ids from the selection', async () => {
    const store = await openNewJourney();
    store.getState().edit((journey) => addNode(journey, step));
    store.getState().edit((journey) => deleteElements(journey, { nodeIds: [step.id], newId: () => 'bridge-edge' }));
    store.getState().undo();
    store.getState().select({ nodeIds: [step.id] });

    store.getState().redo();

    expect(store.getState().selection.nodeIds).toEqual([]);
  });
});
