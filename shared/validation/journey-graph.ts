import { stepKinds, type StepKindRegistry } from '../kinds/registry';
import type { Journey } from '../model/index';

/** What is wrong with an edge as a connection; OK edges are the ones contacts can travel. */
export const EdgeState = {
  ok: 0,
  missingSource: 1,
  missingTarget: 2,
  unknownOutput: 3,
  /** Leaves an output another edge already leaves; still travelled, since both are in the document. */
  duplicate: 4,
} as const;
export type EdgeState = (typeof EdgeState)[keyof typeof EdgeState];

/**
 * The journey's steps and connections as flat arrays indexed by position in `journey.nodes`,
 * built once per validation so that every check reads it instead of searching the document:
 * that keeps validation linear in the size of the journey.
 */
export interface JourneyGraph {
  readonly indexById: ReadonlyMap<string, number>;
  /** Output handle ids of all nodes, flattened: node i owns outputIds[outputStart[i] .. outputStart[i + 1]). */
  readonly outputStart: Int32Array;
  readonly outputIds: readonly string[];
  /** Per output slot: index of the first edge leaving it, or -1. */
  readonly edgeOnOutput: Int32Array;
  /** Per edge: source and target node index (-1 when missing) and its EdgeState. */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeState: Uint8Array;
  /** Travelled connections in CSR form: node i leads to successors[successorStart[i] .. successorStart[i + 1]). */
  readonly successorStart: Int32Array;
  readonly successors: Int32Array;
  readonly entryIndices: readonly number[];
  readonly exitCount: number;
}

export function buildJourneyGraph(journey: Journey, kinds: StepKindRegistry = stepKinds): JourneyGraph {
  const { nodes, edges } = journey;
  const nodeCount = nodes.length;
  const indexById = new Map<string, number>();
  const outputStart = new Int32Array(nodeCount + 1);
  const outputIds: string[] = [];
  const entryIndices: number[] = [];
  let exitCount = 0;

  for (let index = 0; index < nodeCount; index++) {
    const node = nodes[index]!;
    // The schema forbids repeated ids; should one slip through, the first node keeps the id.
    if (!indexById.has(node.id)) indexById.set(node.id, index);
    outputStart[index] = outputIds.length;
    const definition = kinds.get(node.kind);
    if (definition === undefined) continue;
    if (definition.group === 'entry') entryIndices.push(index);
    else if (definition.group === 'exit') exitCount++;
    for (const output of definition.outputs(node.config)) outputIds.push(output.id);
  }
  outputStart[nodeCount] = outputIds.length;

  const edgeCount = edges.length;
  const edgeSource = new Int32Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const edgeState = new Uint8Array(edgeCount);
  const edgeOnOutput = new Int32Array(outputIds.length).fill(-1);
  const outDegree = new Int32Array(nodeCount + 1);

  for (let index = 0; index < edgeCount; index++) {
    const edge = edges[index]!;
    const source = indexById.get(edge.source) ?? -1;
    const target = indexById.get(edge.target) ?? -1;
    edgeSource[index] = source;
    edgeTarget[index] = target;
    if (source === -1) {
      edgeState[index] = EdgeState.missingSource;
      continue;
    }
    if (target === -1) {
      edgeState[index] = EdgeState.missingTarget;
      continue;
    }
    let slot = -1;
    for (let candidate = outputStart[source]!, end = outputStart[source + 1]!; candidate < end; candidate++) {
      if (outputIds[candidate] === edge.sourceHandle) {
        slot = candidate;
        break;
      }
    }
    if (slot === -1) {
      edgeState[index] = EdgeState.unknownOutput;
      continue;
    }
    if (edgeOnOutput[slot] === -1) edgeOnOutput[slot] = index;
    else edgeState[index] = EdgeState.duplicate;
    outDegree[source]!++;
  }

  // Prefix sums turn the degrees into start offsets; filling in edge order keeps traversals deterministic.
  const successorStart = new Int32Array(nodeCount + 1);
  for (let index = 0; index < nodeCount; index++)
    successorStart[index + 1] = successorStart[index]! + outDegree[index]!;
  const successors = new Int32Array(successorStart[nodeCount]!);
  const fill = successorStart.slice(0, nodeCount);
  for (let index = 0; index < edgeCount; index++) {
    const state = edgeState[index];
    if (state !== EdgeState.ok && state !== EdgeState.duplicate) continue;
    successors[fill[edgeSource[index]!]!++] = edgeTarget[index]!;
  }

  return {
    indexById,
    outputStart,
    outputIds,
    edgeOnOutput,
    edgeSource,
    edgeTarget,
    edgeState,
    successorStart,
    successors,
    entryIndices,
    exitCount,
  };
}
