import { describe, expect, it } from 'vitest';
import { moveNodes } from '../../../../shared/graph/index';
import { generateJourney } from '../../../support/generate-journey';
import { createEmptyJourney, createNode } from '../../../../shared/model/index';
import { createFlowMapper, inferDirection } from '../../../../renderer/src/editor/canvas/flow-mapping';
import { EMPTY_SELECTION } from '../../../../renderer/src/editor/state/selection-slice';

const NO_SIZES = new Map();
const NO_PROBLEMS = new Map();

describe('flow mapping', () => {
  it('maps steps, notes and edges, with notes kept apart by id prefix', () => {
    const journey = {
      ...generateJourney({ nodes: 5, edges: 5, seed: 1 }),
      notes: [{ id: 'note_1', text: 'Remember', position: { x: 0, y: 0 }, size: { width: 200, height: 100 } }],
    };
    const mapper = createFlowMapper();
    const nodes = mapper.nodes(journey, EMPTY_SELECTION, NO_SIZES, 'LR', NO_PROBLEMS);
    expect(nodes.map((n) => n.id)).toEqual(['note:note_1', ...journey.nodes.map((n) => n.id)]);
    expect(nodes.find((n) => n.id === journey.nodes[0]!.id)?.type).toBe(journey.nodes[0]!.kind);
    expect(mapper.edges(journey, EMPTY_SELECTION).map((e) => [e.source, e.sourceHandle, e.target])).toEqual(
      journey.edges.map((e) => [e.source, e.sourceHandle, e.target]),
    );
  });

  it('reuses the mapped object of every step that did not change, so only moved steps re-render', () => {
    const journey = generateJourney({ nodes: 1000, edges: 1500, seed: 7 });
    const mapper = createFlowMapper();
    const before = mapper.nodes(journey, EMPTY_SELECTION, NO_SIZES, 'LR', NO_PROBLEMS);
    const moved = moveNodes(journey, new Map([[journey.nodes[10]!.id, { x: 5, y: 5 }]]));
    const after = mapper.nodes(moved, EMPTY_SELECTION, NO_SIZES, 'LR', NO_PROBLEMS);
    const changed = after.filter((node, index) => node !== before[index]);
    expect(changed.map((n) => n.id)).toEqual([journey.nodes[10]!.id]);
  });

  it('creates a new object when selection, size or direction changes', () => {
    const journey = generateJourney({ nodes: 3, edges: 2, seed: 3 });
    const id = journey.nodes[1]!.id;
    const mapper = createFlowMapper();
    const plain = mapper.nodes(journey, EMPTY_SELECTION, NO_SIZES, 'LR', NO_PROBLEMS)[1]!;
    const selected = mapper.nodes(journey, { ...EMPTY_SELECTION, nodeIds: [id] }, NO_SIZES, 'LR', NO_PROBLEMS)[1]!;
    expect(selected).not.toBe(plain);
    expect(selected.selected).toBe(true);
    const sized = mapper.nodes(
      journey,
      { ...EMPTY_SELECTION, nodeIds: [id] },
      new Map([[id, { width: 240, height: 100 }]]),
      'LR',
      NO_PROBLEMS,
    )[1]!;
    expect(sized.measured).toEqual({ width: 240, height: 100 });
    const turned = mapper.nodes(journey, EMPTY_SELECTION, NO_SIZES, 'TB', NO_PROBLEMS)[1]!;
    expect(turned.data).toMatchObject({ direction: 'TB' });
  });

  it("keeps a step's data when only its size or selection changes, so its card does not render again", () => {
    const journey = generateJourney({ nodes: 3, edges: 2, seed: 3 });
    const id = journey.nodes[1]!.id;
    const mapper = createFlowMapper();
    const first = mapper.nodes(journey, EMPTY_SELECTION, NO_SIZES, 'LR', NO_PROBLEMS)[1]!;
    const measured = mapper.nodes(
      journey,
      { ...EMPTY_SELECTION, nodeIds: [id] },
      new Map([[id, { width: 240, height: 131 }]]),
      'LR',
      NO_PROBLEMS,
    )[1]!;
    expect(measured).not.toBe(first);
    expect(measured.data).toBe(first.data);
    const flagged = mapper.nodes(
      journey,
      EMPTY_SELECTION,
      NO_SIZES,
      'LR',
      new Map([[id, { count: 1, severity: 'error' as const, message: 'Broken' }]]),
    )[1]!;
    expect(flagged.data).not.toBe(first.data);
    expect(flagged.data).toMatchObject({ problemCount: 1, problemMessage: 'Broken' });
  });

  it('reads the direction from how edges run', () => {
    const base = createEmptyJourney({ id: 'j', name: 'J', now: '2026-01-01T00:00:00.000Z' });
    const a = createNode('entry', { id: 'a', position: { x: 0, y: 0 } });
    const b = createNode('exit', { id: 'b', position: { x: 0, y: 300 } });
    const vertical = { ...base, nodes: [a, b], edges: [{ id: 'e', source: 'a', sourceHandle: 'next', target: 'b' }] };
    expect(inferDirection(vertical)).toBe('TB');
    expect(inferDirection({ ...vertical, nodes: [a, { ...b, position: { x: 400, y: 20 } }] })).toBe('LR');
    expect(inferDirection(base)).toBe('LR');
  });
});
