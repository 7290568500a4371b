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
 * UNREACHABLE_NODE once per part of the journey no entry leads to, on the step where that part
 * starts: a chain cut off from its entry is one mistake, however many steps follow the cut, so the
 * steps after it are counted in the message instead of being reported one by one. Without any
 * entry step every step would be unreachable; NO_ENTRY says that once instead.
 */
export function checkReachability(journey: Journey, graph: JourneyGraph, out: DiagnosticCollector): void {
  if (graph.entryIndices.length === 0) return;
  const { nodes } = journey;
  const reached = reachableFromEntries(graph, nodes.length);
  for (const { head, following } of unreachableParts(graph, reached)) {
    const node = nodes[head]!;
    const after = following === 0 ? 'it' : `it or the ${following === 1 ? 'step' : `${following} steps`} after it`;
    out.onNode('error', head, {
      code: 'UNREACHABLE_NODE',
      message: `No entry step leads to ${out.named(node)}, so no contact will ever reach ${after}.`,
      hint:
        following === 0
          ? 'Connect an earlier step to it, or delete it.'
          : 'Connect an earlier step to it: that reconnects the steps after it too. Or delete them.',
    });
  }
}

interface UnreachablePart {
  /** The step the part starts at: nothing leads to it, or (in a loop nothing leads into) its first step. */
  readonly head: number;
  /** How many more unreachable steps are reached from the head and not from an earlier part. */
  readonly following: number;
}

/**
 * Splits the unreachable steps into parts, in document order of their heads. Steps that nothing
 * leads to head a part first; a loop that only unreachable steps lead into is covered by them, and
 * one nothing leads into at all is headed by its first step in the document.
 */
function unreachableParts(graph: JourneyGraph, reached: Uint8Array): UnreachablePart[] {
  const nodeCount = reached.length;
  const { successorStart, successors } = graph;
  const hasPredecessor = new Uint8Array(nodeCount);
  for (let edge = 0; edge < successors.length; edge++) hasPredecessor[successors[edge]!] = 1;

  const covered = new Uint8Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const parts: UnreachablePart[] = [];
  const cover = (head: number) => {
    covered[head] = 1;
    queue[0] = head;
    let tail = 1;
    for (let at = 0; at < tail; at++) {
      const node = queue[at]!;
      for (let edge = successorStart[node]!, end = successorStart[node + 1]!; edge < end; edge++) {
        const next = successors[edge]!;
        if (reached[next] === 1 || covered[next] === 1) continue;
        covered[next] = 1;
        queue[tail++] = next;
      }
    }
    parts.push({ head, following: tail - 1 });
  };
  for (let index = 0; index < nodeCount; index++)
    if (reached[index] === 0 && hasPredecessor[index] === 0 && covered[index] === 0) cover(index);
  for (let index = 0; index < nodeCount; index++) if (reached[index] === 0 && covered[index] === 0) cover(index);
  return parts.sort((a, b) => a.head - b.head);
}
