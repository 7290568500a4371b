import { describe, expect, it } from 'vitest';
import { deleteElements, reconnectsByDefault } from '../../../shared/graph/index';
import { edge, edgeKeys, journeyWith, node, note, sampleJourney, sequentialIds } from './sample-journey';

const newId = sequentialIds;

/** a → m1 ┐
 *  b → m2 ┴→ merge → end   (two paths meet at "merge") */
function mergingJourney() {
  return journeyWith(
    [node('entry', 'a'), node('entry', 'b'), node('delay', 'merge', 'Merge'), node('exit', 'end')],
    [edge('e-a', 'a', 'next', 'merge'), edge('e-b', 'b', 'next', 'merge'), edge('e-end', 'merge', 'next', 'end')],
  );
}

describe('deleteElements', () => {
  it('removes nodes together with every edge touching them', () => {
    const before = sampleJourney();
    const after = deleteElements(before, { nodeIds: ['vip', 'done'], newId: newId() });
    expect(after.nodes.map((n) => n.id)).toEqual(['start', 'email', 'sms', 'wait', 'done2']);
    expect(edgeKeys(after)).toEqual(['start.next->email']);
    expect(before.nodes).toHaveLength(7);
    expect(after.notes).toBe(before.notes);
  });

  it('heals the chain when a single step with one edge in and one out is deleted', () => {
    const after = deleteElements(sampleJourney(), { nodeIds: ['email'], newId: newId() });
    expect(after.edges.map((e) => e.id)).toEqual(['edge-new-1', 'e-vip-sms', 'e-sms-done']);
    expect(after.edges[0]).toEqual({ id: 'edge-new-1', source: 'start', sourceHandle: 'next', target: 'vip' });
  });

  it('does not heal when told not to', () => {
    const after = deleteElements(sampleJourney(), { nodeIds: ['email'], reconnect: false, newId: newId() });
    expect(edgeKeys(after)).toEqual(['vip.yes->sms', 'sms.next->done']);
  });

  it('reconnects every incoming edge to the single onward step', () => {
    const after = deleteElements(mergingJourney(), { nodeIds: ['merge'], reconnect: true, newId: newId() });
    expect(edgeKeys(after)).toEqual(['a.next->end', 'b.next->end']);
    expect(after.edges.map((e) => e.id)).toEqual(['edge-new-1', 'edge-new-2']);
  });

  it('does not reconnect by default when several paths meet at the deleted step', () => {
    expect(edgeKeys(deleteElements(mergingJourney(), { nodeIds: ['merge'], newId: newId() }))).toEqual([]);
  });

  it('bridges a branching step that has only one connected output, keeping the incoming handle', () => {
    const after = deleteElements(sampleJourney(), { nodeIds: ['vip'], newId: newId() });
    expect(edgeKeys(after)).toEqual(['start.next->email', 'email.next->sms', 'sms.next->done']);
  });

  it('does not bridge a step with several outgoing edges', () => {
    const journey = journeyWith(
      [node('entry', 's'), node('condition', 'c'), node('exit', 'y'), node('exit', 'n')],
      [edge('e1', 's', 'next', 'c'), edge('e2', 'c', 'yes', 'y'), edge('e3', 'c', 'no', 'n')],
    );
    expect(edgeKeys(deleteElements(journey, { nodeIds: ['c'], reconnect: true, newId: newId() }))).toEqual([]);
  });

  it('skips a bridge whose target is deleted too', () => {
    const after = deleteElements(sampleJourney(), { nodeIds: ['email', 'vip'], reconnect: true, newId: newId() });
    // email → vip is gone with both; vip's single onward edge (to sms) has email as incoming, which is deleted.
    expect(edgeKeys(after)).toEqual(['sms.next->done']);
  });

  it('skips a bridge that would make a step lead into itself', () => {
    const loop = journeyWith(
      [node('entry', 's'), node('delay', 'a'), node('delay', 'b')],
      [edge('e1', 's', 'next', 'a'), edge('e2', 'a', 'next', 'b'), edge('e3', 'b', 'next', 'a')],
    );
    const after = deleteElements(loop, { nodeIds: ['b'], reconnect: true, newId: newId() });
    expect(edgeKeys(after)).toEqual(['s.next->a']);
  });

  it("still bridges when the canvas lists the deleted step's edges as deleted too", () => {
    const after = deleteElements(sampleJourney(), {
      nodeIds: ['email'],
      edgeIds: ['e-start-email', 'e-email-vip'],
      newId: newId(),
    });
    expect(edgeKeys(after)).toEqual(['start.next->vip', 'vip.yes->sms', 'sms.next->done']);
  });

  it('removes listed edges and notes on their own, keeping the other arrays', () => {
    const before = sampleJourney();
    const edgesOnly = deleteElements(before, { edgeIds: ['e-vip-sms'], newId: newId() });
    expect(edgesOnly.edges.map((e) => e.id)).toEqual(['e-start-email', 'e-email-vip', 'e-sms-done']);
    expect(edgesOnly.nodes).toBe(before.nodes);
    expect(edgesOnly.notes).toBe(before.notes);

    const notesOnly = deleteElements(before, { noteIds: ['note-1'], newId: newId() });
    expect(notesOnly.notes).toEqual([]);
    expect(notesOnly.nodes).toBe(before.nodes);
    expect(notesOnly.edges).toBe(before.edges);
  });

  it('keeps the edge list when deleted nodes had no edges', () => {
    const before = sampleJourney();
    const after = deleteElements(before, { nodeIds: ['done2'], newId: newId() });
    expect(after.nodes).toHaveLength(6);
    expect(after.edges).toBe(before.edges);
  });

  it('returns the same journey when nothing matches', () => {
    const journey = sampleJourney();
    expect(deleteElements(journey, { nodeIds: ['nope'], edgeIds: ['nope'], noteIds: ['nope'], newId: newId() })).toBe(
      journey,
    );
    expect(deleteElements(journey, { newId: newId() })).toBe(journey);
  });

  it('asks for ids only when it bridges', () => {
    let calls = 0;
    const counting = () => `id-${++calls}`;
    deleteElements(sampleJourney(), { nodeIds: ['wait', 'note-x'], noteIds: ['note-1'], newId: counting });
    expect(calls).toBe(0);
  });

  it('accepts any iterable of ids', () => {
    const after = deleteElements(journeyWith([node('delay', 'a'), node('delay', 'b')], [], [note('n')]), {
      nodeIds: new Set(['a']),
      noteIds: new Set(['n']),
      newId: newId(),
    });
    expect(after.nodes.map((n) => n.id)).toEqual(['b']);
    expect(after.notes).toEqual([]);
  });
});

describe('reconnectsByDefault', () => {
  it('is true only for one step with exactly one edge in and one out', () => {
    const journey = sampleJourney();
    expect(reconnectsByDefault(journey, { nodeIds: ['email'] })).toBe(true);
    expect(reconnectsByDefault(journey, { nodeIds: ['sms'] })).toBe(true);
    expect(reconnectsByDefault(journey, { nodeIds: ['start'] })).toBe(false); // nothing comes in
    expect(reconnectsByDefault(journey, { nodeIds: ['done'] })).toBe(false); // nothing goes out
    expect(reconnectsByDefault(journey, { nodeIds: ['email', 'sms'] })).toBe(false);
    expect(reconnectsByDefault(journey, { nodeIds: ['email', 'ghost'] })).toBe(true);
    expect(reconnectsByDefault(mergingJourney(), { nodeIds: ['merge'] })).toBe(false);
  });
});
