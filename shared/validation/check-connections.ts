import type { Journey, JourneyNode } from '../model/index';
import type { DiagnosticCollector } from './collector';
import { EdgeState, type JourneyGraph } from './journey-graph';

const REMOVE_EDGE = { kind: 'removeEdge', label: 'Remove the connection' } as const;

function outputLabel(out: DiagnosticCollector, node: JourneyNode, handle: string): string {
  return out.outputsOf(node).find((output) => output.id === handle)?.label ?? handle;
}

/** DANGLING_EDGE and DUPLICATE_EDGE, one per edge, in edge order. */
export function checkEdges(journey: Journey, graph: JourneyGraph, out: DiagnosticCollector): void {
  const { edges, nodes } = journey;
  for (let index = 0; index < edges.length; index++) {
    const state = graph.edgeState[index];
    if (state === EdgeState.ok) continue;
    const edge = edges[index]!;
    const source = nodes[graph.edgeSource[index]!];
    const from = source === undefined ? '' : out.named(source);
    switch (state) {
      case EdgeState.missingSource:
        out.onEdge('error', index, {
          code: 'DANGLING_EDGE',
          message: `A connection starts from a step "${edge.source}" that does not exist.`,
          hint: 'Remove the connection; the step it came from was deleted.',
          fix: REMOVE_EDGE,
        });
        break;
      case EdgeState.missingTarget:
        out.onEdge('error', index, {
          code: 'DANGLING_EDGE',
          message: `A connection from ${from} leads to a step "${edge.target}" that does not exist.`,
          hint: 'Remove the connection and connect the output to an existing step.',
          fix: REMOVE_EDGE,
        });
        break;
      case EdgeState.unknownOutput:
        out.onEdge('error', index, {
          code: 'DANGLING_EDGE',
          message: `A connection leaves ${from} from an output "${edge.sourceHandle}" that the step does not have.`,
          hint: "Remove the connection (the path or output it came from was removed) and connect one of the step's outputs instead.",
          fix: REMOVE_EDGE,
        });
        break;
      case EdgeState.duplicate:
        out.onEdge('warning', index, {
          code: 'DUPLICATE_EDGE',
          message: `The "${outputLabel(out, source!, edge.sourceHandle)}" output of ${from} has more than one connection; contacts follow only one of them.`,
          hint: 'Remove the extra connection, or add a Random paths or Condition step to send contacts different ways.',
          fix: REMOVE_EDGE,
        });
        break;
    }
  }
}

/**
 * DEAD_END for every output nothing leaves from, except a wait's "timeout", which gets the more
 * specific WAIT_WITHOUT_TIMEOUT. Exit steps have no outputs, so they never show up here.
 */
export function checkFreeOutputs(journey: Journey, graph: JourneyGraph, out: DiagnosticCollector): void {
  const { nodes } = journey;
  const { outputStart, outputIds, edgeOnOutput } = graph;
  for (let index = 0; index < nodes.length; index++) {
    for (let slot = outputStart[index]!, end = outputStart[index + 1]!; slot < end; slot++) {
      if (edgeOnOutput[slot] !== -1) continue;
      const node = nodes[index]!;
      const handle = outputIds[slot]!;
      const field = ['outputs', handle];
      if (node.kind === 'waitForEvent' && handle === 'timeout') {
        out.onNode(
          'error',
          index,
          {
            code: 'WAIT_WITHOUT_TIMEOUT',
            message: `Nothing is connected to the "Timed out" output of ${out.named(node)}: contacts who never do the event wait there forever.`,
            hint: 'Connect the "Timed out" output to a follow-up step or to an Exit step.',
            fix: { kind: 'addTimeoutExit', label: 'End the journey on timeout' },
          },
          field,
        );
        continue;
      }
      out.onNode(
        'warning',
        index,
        {
          code: 'DEAD_END',
          message: `Nothing is connected to the "${outputLabel(out, node, handle)}" output of ${out.named(node)}: contacts leave the journey there.`,
          hint: 'Connect the output to the next step, or to an Exit step to end the journey there on purpose.',
          fix: { kind: 'addExit', label: 'Connect an Exit step' },
        },
        field,
      );
    }
  }
}
