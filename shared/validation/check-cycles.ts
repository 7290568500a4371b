import { stepKinds, type StepKindRegistry } from '../kinds/registry';
import type { Journey } from '../model/index';
import type { DiagnosticCollector } from './collector';
import type { JourneyGraph } from './journey-graph';

/** A cycle's message lists this many steps and counts the rest. */
const NAMED_STEPS = 6;

/**
 * Strongly connected components of the graph without its waiting steps, by Tarjan's algorithm
 * written with explicit stacks (a long chain would overflow the call stack). A component of two or
 * more steps, or one step leading to itself, is a loop a contact can go round without ever
 * waiting. Removing the waiting steps first also finds such a loop inside a larger component that
 * does contain a wait elsewhere. Each component comes back as its node indices in document order.
 */
export function loopsWithoutWait(
  journey: Journey,
  graph: JourneyGraph,
  kinds: StepKindRegistry = stepKinds,
): number[][] {
  const { nodes } = journey;
  const nodeCount = nodes.length;
  const { successorStart, successors } = graph;
  const skipped = new Uint8Array(nodeCount);
  // A step that holds a contact (for a time or until an event) makes a loop through it advance with time instead of spinning.
  for (let index = 0; index < nodeCount; index++) if (kinds.of(nodes[index]!).waits !== 'none') skipped[index] = 1;

  const order = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const onStack = new Uint8Array(nodeCount);
  const selfLoop = new Uint8Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  const callNode = new Int32Array(nodeCount);
  const callEdge = new Int32Array(nodeCount);
  let stackSize = 0;
  let counter = 0;
  const loops: number[][] = [];

  for (let root = 0; root < nodeCount; root++) {
    if (skipped[root] === 1 || order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    stack[stackSize++] = root;
    onStack[root] = 1;
    callNode[0] = root;
    callEdge[0] = successorStart[root]!;
    let depth = 1;

    while (depth > 0) {
      const node = callNode[depth - 1]!;
      const edge = callEdge[depth - 1]!;
      if (edge < successorStart[node + 1]!) {
        callEdge[depth - 1] = edge + 1;
        const next = successors[edge]!;
        if (skipped[next] === 1) continue;
        if (next === node) selfLoop[node] = 1;
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          stack[stackSize++] = next;
          onStack[next] = 1;
          callNode[depth] = next;
          callEdge[depth] = successorStart[next]!;
          depth++;
        } else if (onStack[next] === 1 && order[next]! < low[node]!) {
          low[node] = order[next]!;
        }
        continue;
      }

      depth--;
      if (depth > 0) {
        const parent = callNode[depth - 1]!;
        if (low[node]! < low[parent]!) low[parent] = low[node]!;
      }
      if (low[node] !== order[node]) continue;
      if (stack[stackSize - 1] === node) {
        // A component of one step, by far the common case: no array unless it loops onto itself.
        stackSize--;
        onStack[node] = 0;
        if (selfLoop[node] === 1) loops.push([node]);
        continue;
      }
      const members: number[] = [];
      let member: number;
      do {
        member = stack[--stackSize]!;
        onStack[member] = 0;
        members.push(member);
      } while (member !== node);
      loops.push(members.sort((a, b) => a - b));
    }
  }
  return loops.sort((a, b) => a[0]! - b[0]!);
}

/** CYCLE_WITHOUT_WAIT once per loop, on its first step in document order, naming the steps in it. */
export function checkCycles(
  journey: Journey,
  graph: JourneyGraph,
  out: DiagnosticCollector,
  kinds: StepKindRegistry,
): void {
  for (const loop of loopsWithoutWait(journey, graph, kinds)) {
    const steps = loop.map((index) => journey.nodes[index]!);
    const first = steps[0]!;
    const names = steps.slice(0, NAMED_STEPS).map((step) => out.named(step));
    const rest = steps.length - names.length;
    const listed = rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ');
    out.onNode('error', loop[0]!, {
      code: 'CYCLE_WITHOUT_WAIT',
      message:
        steps.length === 1
          ? `${out.named(first)} leads back into itself without any wait, so contacts would repeat it endlessly.`
          : `The steps ${listed} form a loop without any wait, so contacts would go round it endlessly.`,
      hint: 'Put a Delay, Wait for event or Retargeting step inside the loop, or break the loop.',
    });
  }
}
