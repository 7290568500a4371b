import { describe, expect, it } from 'vitest';
import { JourneySchema, nodeKinds, outputsOf, type Journey } from '../../shared/model/index';
import { ConnectionRules } from '../../shared/graph/index';
import { generateJourney } from './generate-journey';

/** Every edge checked as if drawn one by one, so "at most one edge per output" and duplicates count too. */
function ruleViolations(journey: Journey): string[] {
  const rules = new ConnectionRules(journey.nodes, []);
  const violations: string[] = [];
  for (const edge of journey.edges) {
    const check = rules.check(edge);
    if (!check.ok) violations.push(`${edge.id}: ${check.reason}`);
    rules.addEdge(edge);
  }
  return violations;
}

function reachableFromEntries(journey: Journey): Set<string> {
  const targetsOf = new Map<string, string[]>();
  for (const edge of journey.edges) targetsOf.set(edge.source, [...(targetsOf.get(edge.source) ?? []), edge.target]);
  const seen = new Set(journey.nodes.filter((node) => node.kind === 'entry').map((node) => node.id));
  const queue = [...seen];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const target of targetsOf.get(id) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/** Kahn's algorithm: true when every node can be ordered, i.e. no path loops, so every path ends. */
function isAcyclic(journey: Journey): boolean {
  const incoming = new Map(journey.nodes.map((node) => [node.id, 0]));
  for (const edge of journey.edges) incoming.set(edge.target, (incoming.get(edge.target) ?? 0) + 1);
  const ready = [...incoming].filter(([, count]) => count === 0).map(([id]) => id);
  let ordered = 0;
  for (let id = ready.pop(); id !== undefined; id = ready.pop()) {
    ordered += 1;
    for (const edge of journey.edges) {
      if (edge.source !== id) continue;
      const left = (incoming.get(edge.target) ?? 0) - 1;
      incoming.set(edge.target, left);
      if (left === 0) ready.push(edge.target);
    }
  }
  return ordered === journey.nodes.length;
}

describe('generateJourney', () => {
  const journey = generateJourney({ nodes: 1000, edges: 1500, seed: 42 });

  it('makes a document that parses with JourneySchema', () => {
    const parsed = JourneySchema.safeParse(journey);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it('has exactly the nodes and edges asked for', () => {
    expect(journey.nodes).toHaveLength(1000);
    expect(journey.edges).toHaveLength(1500);
    expect(new Set(journey.nodes.map((node) => node.id)).size).toBe(1000);
    expect(new Set(journey.edges.map((edge) => edge.id)).size).toBe(1500);
  });

  it('respects every connection rule', () => {
    expect(ruleViolations(journey)).toEqual([]);
  });

  it('has one entry and every kind of step, with branches of up to four paths', () => {
    expect(journey.nodes.filter((node) => node.kind === 'entry')).toHaveLength(1);
    expect(journey.nodes[0]?.kind).toBe('entry');
    expect(new Set(journey.nodes.map((node) => node.kind))).toEqual(new Set(Object.keys(nodeKinds)));
    const outputCounts = new Set(journey.nodes.map((node) => outputsOf(node).length));
    expect(outputCounts).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('is connected: every step is reachable from the entry', () => {
    expect(reachableFromEntries(journey).size).toBe(1000);
  });

  it('connects every output and has no loops, so every path ends at an exit', () => {
    const connected = new Set(journey.edges.map((edge) => `${edge.source}/${edge.sourceHandle}`));
    const unconnected = journey.nodes.flatMap((node) =>
      outputsOf(node)
        .map((output) => `${node.id}/${output.id}`)
        .filter((key) => !connected.has(key)),
    );
    expect(unconnected).toEqual([]);
    expect(isAcyclic(journey)).toBe(true);
  });

  it('lays steps out on a grid where every edge points right and no two steps share a cell', () => {
    const positionOf = new Map(journey.nodes.map((node) => [node.id, node.position]));
    for (const edge of journey.edges) {
      expect((positionOf.get(edge.source)?.x ?? 0) < (positionOf.get(edge.target)?.x ?? 0), edge.id).toBe(true);
    }
    const cells = new Set(journey.nodes.map(({ position }) => `${position.x},${position.y}`));
    expect(cells.size).toBe(1000);
    expect(journey.nodes.every(({ position }) => position.x % 320 === 0 && position.y % 160 === 0)).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateJourney({ nodes: 1000, edges: 1500, seed: 42 })).toEqual(journey);
    const other = generateJourney({ nodes: 1000, edges: 1500, seed: 43 });
    expect(other.edges).not.toEqual(journey.edges);
    expect(other.edges).toHaveLength(1500);
  });

  it('handles the benchmark size of 10,000 steps', () => {
    const large = generateJourney({ nodes: 10_000, edges: 15_000, seed: 7 });
    expect(large.nodes).toHaveLength(10_000);
    expect(large.edges).toHaveLength(15_000);
    expect(ruleViolations(large)).toEqual([]);
    expect(reachableFromEntries(large).size).toBe(10_000);
  });

  it('makes valid small journeys, clamping the edge count to what they allow', () => {
    const cases = [
      { nodes: 1, edges: 5, expectedEdges: 0 },
      { nodes: 2, edges: 5, expectedEdges: 1 },
      { nodes: 3, edges: 0, expectedEdges: 2 },
      { nodes: 3, edges: 3, expectedEdges: 3 },
      { nodes: 5, edges: 100, expectedEdges: 13 },
      { nodes: 12, edges: 18, expectedEdges: 18 },
    ];
    for (const { nodes, edges, expectedEdges } of cases) {
      const small = generateJourney({ nodes, edges, seed: 1 });
      const label = `${nodes} nodes, ${edges} edges`;
      expect(JourneySchema.safeParse(small).success, label).toBe(true);
      expect(small.nodes, label).toHaveLength(nodes);
      expect(small.edges, label).toHaveLength(expectedEdges);
      expect(ruleViolations(small), label).toEqual([]);
      expect(reachableFromEntries(small).size, label).toBe(nodes);
    }
  });

  it('makes a tree when asked for nodes − 1 edges', () => {
    const tree = generateJourney({ nodes: 200, edges: 199, seed: 5 });
    expect(tree.edges).toHaveLength(199);
    expect(reachableFromEntries(tree).size).toBe(200);
    expect(new Set(tree.edges.map((edge) => edge.target)).size).toBe(199);
  });
});
