import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, JourneySchema } from '../../../shared/model/index';
import {
  ClipboardPayloadSchema,
  copySelection,
  duplicateElements,
  parseClipboardText,
  pasteClipboard,
  type ClipboardPayload,
} from '../../../shared/graph/index';
import { edge, edgeKeys, journeyWith, node, note, sampleJourney, sequentialIds } from './sample-journey';

function copyBranch(): ClipboardPayload {
  // vip, sms and done: the edges vip→sms and sms→done travel along; email→vip does not.
  return copySelection(sampleJourney(), { nodeIds: ['vip', 'sms', 'done'], noteIds: ['note-1'] });
}

describe('copySelection', () => {
  it('holds the selected nodes and notes and only the edges between copied nodes', () => {
    const payload = copyBranch();
    expect(payload.format).toBe('journey-studio/clipboard');
    expect(payload.version).toBe(1);
    expect(payload.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(payload.nodes.map((n) => n.id)).toEqual(['vip', 'sms', 'done']);
    expect(payload.edges.map((e) => e.id)).toEqual(['e-vip-sms', 'e-sms-done']);
    expect(payload.notes.map((n) => n.id)).toEqual(['note-1']);
    expect(ClipboardPayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('ignores ids that are not in the journey', () => {
    const payload = copySelection(sampleJourney(), { nodeIds: ['ghost'] });
    expect(payload).toMatchObject({ nodes: [], edges: [], notes: [] });
  });
});

describe('parseClipboardText', () => {
  it('reads back what copy wrote', () => {
    const payload = copyBranch();
    expect(parseClipboardText(JSON.stringify(payload))).toEqual(payload);
  });

  it('returns null for anything else the clipboard may hold', () => {
    const valid = copyBranch();
    const cases = [
      '',
      'Hello, world',
      '{"format":"journey-studio/clipboard", nope',
      JSON.stringify({ ...valid, format: 'something-else' }),
      JSON.stringify([valid]),
      JSON.stringify('journey-studio/clipboard'),
      JSON.stringify({ ...valid, version: 2 }),
      JSON.stringify({ ...valid, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
      JSON.stringify({ ...valid, nodes: [{ ...valid.nodes[0], kind: 'teleport' }] }),
      JSON.stringify({ ...valid, nodes: [{ ...valid.nodes[0], position: { x: 'left', y: 0 } }] }),
      JSON.stringify({ ...valid, edges: [edge('dangling', 'vip', 'yes', 'email')] }),
      JSON.stringify({ ...valid, notes: undefined }),
    ];
    for (const text of cases) expect(parseClipboardText(text), text.slice(0, 80)).toBeNull();
  });

  it('drops unknown top-level fields rather than refusing the paste', () => {
    const parsed = parseClipboardText(JSON.stringify({ ...copyBranch(), copiedFrom: 'another window' }));
    expect(parsed).not.toBeNull();
    expect(parsed).not.toHaveProperty('copiedFrom');
  });
});

describe('pasteClipboard', () => {
  it('gives every pasted node, edge and note a new id and remaps the edges', () => {
    const before = sampleJourney();
    const { journey, nodeIds, edgeIds, noteIds } = pasteClipboard(before, copyBranch(), { newId: sequentialIds() });
    expect(nodeIds).toEqual(['node-new-1', 'node-new-2', 'node-new-3']);
    expect(edgeIds).toEqual(['edge-new-4', 'edge-new-5']);
    expect(noteIds).toEqual(['note-new-6']);
    expect(journey.nodes.slice(-3).map((n) => [n.id, n.label])).toEqual([
      ['node-new-1', 'Is VIP?'],
      ['node-new-2', 'VIP SMS'],
      ['node-new-3', 'Done'],
    ]);
    expect(edgeKeys(journey).slice(-2)).toEqual(['node-new-1.yes->node-new-2', 'node-new-2.next->node-new-3']);
    expect(JourneySchema.safeParse(journey).success).toBe(true);
    expect(before.nodes).toHaveLength(7);
  });

  it('offsets the copies by 40,40 by default, or by the given offset', () => {
    const journey = sampleJourney();
    const byDefault = pasteClipboard(journey, copyBranch(), { newId: sequentialIds() }).journey;
    expect(byDefault.nodes.at(-3)?.position).toEqual({ x: 640, y: 40 });
    expect(byDefault.notes.at(-1)?.position).toEqual({ x: -10, y: -160 });
    const shifted = pasteClipboard(journey, copyBranch(), { newId: sequentialIds(), offset: { x: 0, y: 500 } }).journey;
    expect(shifted.nodes.at(-3)?.position).toEqual({ x: 600, y: 500 });
  });

  it('puts the top-left of the pasted group (nodes and notes) at `at`', () => {
    // note-1 at (-50, -200) is the group's top-left corner.
    const { journey } = pasteClipboard(sampleJourney(), copyBranch(), {
      newId: sequentialIds(),
      at: { x: 1000, y: 1000 },
    });
    expect(journey.notes.at(-1)?.position).toEqual({ x: 1000, y: 1000 });
    expect(journey.nodes.at(-3)?.position).toEqual({ x: 1650, y: 1200 }); // vip was at (600, 0)
    const nodesOnly = copySelection(sampleJourney(), { nodeIds: ['sms', 'wait'] }); // corner (900, -100)
    const placed = pasteClipboard(sampleJourney(), nodesOnly, { newId: sequentialIds(), at: { x: 0, y: 0 } }).journey;
    expect(placed.nodes.slice(-2).map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 200 },
    ]);
  });

  it('pastes into another journey: the payload is self-contained', () => {
    const text = JSON.stringify(copySelection(sampleJourney(), { nodeIds: ['start', 'email', 'vip'] }));
    const payload = parseClipboardText(text);
    if (payload === null) throw new Error('payload did not parse');
    const other = journeyWith([node('delay', 'other')]);
    const { journey } = pasteClipboard(other, payload, { newId: sequentialIds() });
    expect(journey.nodes.map((n) => n.kind)).toEqual(['delay', 'entry', 'message', 'condition']);
    expect(edgeKeys(journey)).toEqual(['node-new-1.next->node-new-2', 'node-new-2.next->node-new-3']);
    expect(JourneySchema.safeParse(journey).success).toBe(true);
  });

  it('deep-copies configs so copies share nothing with the originals', () => {
    const source = journeyWith([node('randomSplit', 'split')]);
    const { journey } = duplicateElements(source, { nodeIds: ['split'] }, { newId: sequentialIds() });
    const [original, copy] = journey.nodes;
    expect(copy?.config).toEqual(original?.config);
    expect(copy?.config).not.toBe(original?.config);
    if (copy?.kind !== 'randomSplit' || original?.kind !== 'randomSplit') throw new Error('unexpected kinds');
    expect(copy.config.branches[0]).not.toBe(original.config.branches[0]);
  });

  it('leaves out edges the connection rules refuse (a hand-edited payload)', () => {
    const payload = ClipboardPayloadSchema.parse({
      format: 'journey-studio/clipboard',
      version: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      nodes: [node('entry', 'a'), node('delay', 'b'), node('exit', 'c')],
      edges: [
        edge('into-entry', 'b', 'next', 'a'),
        edge('ok', 'b', 'next', 'c'),
        edge('second-on-output', 'b', 'next', 'b'),
        edge('from-exit', 'c', 'next', 'b'),
      ],
      notes: [],
    });
    const { journey, edgeIds } = pasteClipboard(journeyWith([]), payload, { newId: sequentialIds() });
    expect(edgeIds).toHaveLength(1);
    expect(edgeKeys(journey)).toEqual(['node-new-2.next->node-new-3']);
  });

  it('refuses an id generator that repeats an id in use', () => {
    expect(() => pasteClipboard(sampleJourney(), copyBranch(), { newId: () => 'vip' })).toThrow(/already in use/);
    expect(() => pasteClipboard(sampleJourney(), copyBranch(), { newId: () => 'same' })).toThrow(/already in use/);
  });

  it('returns the same journey for an empty payload', () => {
    const journey = sampleJourney();
    const result = pasteClipboard(journey, copySelection(journey, {}), { newId: sequentialIds() });
    expect(result).toEqual({ journey, nodeIds: [], edgeIds: [], noteIds: [] });
    expect(result.journey).toBe(journey);
  });

  it('pastes notes alone without touching nodes and edges', () => {
    const before = journeyWith([node('delay', 'a')], [], [note('n1', 10, 10)]);
    const { journey } = pasteClipboard(before, copySelection(before, { noteIds: ['n1'] }), { newId: sequentialIds() });
    expect(journey.nodes).toBe(before.nodes);
    expect(journey.edges).toBe(before.edges);
    expect(journey.notes.map((n) => [n.id, n.position])).toEqual([
      ['n1', { x: 10, y: 10 }],
      ['note-new-1', { x: 50, y: 50 }],
    ]);
  });
});

describe('duplicateElements', () => {
  it('copies and pastes in one step, keeping the copies connected like the originals', () => {
    const before = sampleJourney();
    const { journey, nodeIds } = duplicateElements(
      before,
      { nodeIds: ['email', 'vip', 'sms'] },
      { newId: sequentialIds() },
    );
    expect(nodeIds).toHaveLength(3);
    expect(journey.nodes).toHaveLength(10);
    expect(edgeKeys(journey).slice(4)).toEqual(['node-new-1.next->node-new-2', 'node-new-2.yes->node-new-3']);
  });
});
