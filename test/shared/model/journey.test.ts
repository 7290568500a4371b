import { describe, it, expect } from 'vitest';
import { JourneySchema, nodeKinds, outputsOf, type Journey } from '../../../shared/model/index';
import { issuesOf } from './issues-of';
import { loadJourneyFixture } from './load-journey-fixture';

describe('JourneySchema', () => {
  const everyKind = loadJourneyFixture('valid-every-kind.journey.json');

  it('parses the fixture that uses every node kind', () => {
    expect(issuesOf(JourneySchema, everyKind)).toEqual([]);
  });

  it('keeps that fixture complete: every registered kind appears in it', () => {
    const journey = JourneySchema.parse(everyKind);
    const kindsUsed = new Set(journey.nodes.map((node) => node.kind));
    expect([...kindsUsed].sort()).toEqual(Object.keys(nodeKinds).sort());
  });

  it('keeps that fixture connected: every edge joins existing nodes through a real output', () => {
    const journey = JourneySchema.parse(everyKind);
    const nodesById = new Map(journey.nodes.map((node) => [node.id, node]));
    for (const edge of journey.edges) {
      const source = nodesById.get(edge.source);
      expect(source, edge.id).toBeDefined();
      expect(nodesById.has(edge.target), edge.id).toBe(true);
      expect(
        outputsOf(source!).map((output) => output.id),
        edge.id,
      ).toContain(edge.sourceHandle);
    }
    const connectedOutputs = new Set(journey.edges.map((edge) => `${edge.source}/${edge.sourceHandle}`));
    for (const node of journey.nodes) {
      for (const output of outputsOf(node))
        expect(connectedOutputs, `${node.id}/${output.id}`).toContain(`${node.id}/${output.id}`);
    }
  });

  it('defaults notes to an empty list', () => {
    const { notes: _notes, ...withoutNotes } = JourneySchema.parse(everyKind);
    expect(JourneySchema.parse(withoutNotes).notes).toEqual([]);
  });

  it('only reads the current schema version', () => {
    expect(issuesOf(JourneySchema, { ...(everyKind as Journey), schemaVersion: 1 })).toEqual([
      { path: 'schemaVersion', message: 'Invalid input: expected 2' },
    ]);
  });

  it('rejects repeated node, edge and note ids, pointing at the repeat', () => {
    const journey = JourneySchema.parse(everyKind);
    const [firstNode, secondNode] = journey.nodes;
    const [firstEdge] = journey.edges;
    const [note] = journey.notes;
    const damaged = {
      ...journey,
      nodes: [firstNode, { ...secondNode, id: firstNode!.id }, ...journey.nodes.slice(2)],
      edges: [...journey.edges, { ...firstEdge }],
      notes: [note, note],
    };
    expect(issuesOf(JourneySchema, damaged)).toEqual([
      { path: 'nodes[1].id', message: 'Duplicate id "cart-abandoned": already used by nodes[0]' },
      { path: `edges[${journey.edges.length}].id`, message: 'Duplicate id "e-entry": already used by edges[0]' },
      { path: 'notes[1].id', message: 'Duplicate id "note-ab": already used by notes[0]' },
    ]);
  });

  it('rejects malformed timestamps, statuses and stray top-level keys', () => {
    const issues = issuesOf(JourneySchema, {
      ...(everyKind as Journey),
      createdAt: '2025-02-01 10:00',
      status: 'broken',
      owner: 'me',
    });
    expect(issues.map((issue) => issue.path)).toEqual(['status', 'createdAt', 'owner']);
    expect(issues[0]?.message).toContain('"draft"');
    expect(issues[1]?.message).toBe('Expected an ISO 8601 date-time with a time zone, e.g. "2025-03-01T12:00:00Z"');
    expect(issues[2]?.message).toBe('Unrecognized key: "owner"');
  });

  it('accepts sticky notes without a colour but not with an unknown one', () => {
    const journey = JourneySchema.parse(everyKind);
    const note = { id: 'n', text: '', position: { x: 0, y: 0 }, size: { width: 100, height: 80 } };
    expect(issuesOf(JourneySchema, { ...journey, notes: [note] })).toEqual([]);
    const [issue] = issuesOf(JourneySchema, { ...journey, notes: [{ ...note, color: '#ff0' }] });
    expect(issue?.path).toBe('notes[0].color');
  });
});
