import type { Journey } from '../model/index';
import type { DiagnosticCollector } from './collector';
import type { JourneyGraph } from './journey-graph';

/** Breadth-first from every entry step over the travelled connections: 1 for each step a contact can reach. */
export function reachableFromEntries(graph: JourneyGraph, nodeCount: number): Uint8Array {
  const reached = new Uint8Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  let tail = 0;
  for (const entry of graph.entryIndices) {
    if (reached[entry] === 1) continue;
    reached[entry] = 1;
    queue[tail++] = entry;
  }
  const { successorStart, successors } = graph;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    for (let edge = successorStart[node]!, end = successorStart[node + 1]!; edge < end; edge++) {
      const next = successors[edge]!;
      if (reached[next] === 1) continue;
      reached[next] = 1;
      queue[tail++] = next;
    }
  }
  return reached;
}

/**
 * UNREACHABLE_NODE for each step no entry leads to. Without any entry step every step would be
 * unreachable; NO_ENTRY says that once instead.
 */
export function checkReachability(journey: Journey, graph: JourneyGraph, out: DiagnosticCollector): void {
  if (graph.entryIndices.length === 0) return;
  const { nodes } = journey;
  const reached = reachableFromEntries(graph, nodes.length);
  for (let index = 0; index < nodes.length; index++) {
    if (reached[index] === 1) continue;
    const node = nodes[index]!;
    out.onNode('error', index, {
      code: 'UNREACHABLE_NODE',
      message: `No entry step leads to ${out.named(node)}, so no contact will ever reach it.`,
      hint: 'Connect an earlier step to it, or delete it.',
    });
  }
}
