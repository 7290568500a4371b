import {
  createEmptyJourney,
  outputsOf,
  type Journey,
  type JourneyEdge,
  type JourneyNode,
} from '../../shared/model/index';
import { generatedEntry, generatedStep, type OutputCount } from './generated-step';
import { seededRandom, type SeededRandom } from './seeded-random';

export interface GenerateJourneyOptions {
  readonly nodes: number;
  /**
   * Met exactly when a connected journey of that size allows it: at least nodes − 1 (a tree),
   * at most 4·(nodes − 2) + 1 (every step but the entry and one exit a four-way split).
   */
  readonly edges: number;
  readonly seed: number;
}

/** Grid pitch for generated positions: a default-size card (240×96) plus room for edges. */
const COLUMN_WIDTH = 320;
const ROW_HEIGHT = 160;
/** About one step in ten ends the journey, as in hand-made journeys. */
const EXIT_SHARE = 0.1;
/** Merging branches rejoin a step created soon after, as converging paths do in real journeys. */
const MERGE_WINDOW = 12;
/**
 * How often a new step continues the newest open output rather than any open one: enough for some
 * long paths, low enough that a 1,000-step journey is about 130 columns by 40 rows, not a ribbon.
 */
const CHAIN_BIAS = 0.3;

interface PlannedEdge {
  readonly source: number;
  readonly output: number;
  readonly target: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * How many outputs each step gets, entry first. Every output will carry exactly one edge, so the
 * counts add up to the edge count; exits (0) are spread through the order but never so early that
 * no open output is left for the next step, and the last step is always an exit.
 */
function planOutputCounts(nodeCount: number, edgeCount: number, random: SeededRandom): OutputCount[] {
  if (nodeCount === 1) return [1];
  const nonExitCount = clamp(
    nodeCount - 1 - Math.max(1, Math.round(nodeCount * EXIT_SHARE)),
    Math.ceil((edgeCount - 1) / 4),
    Math.min(edgeCount - 1, nodeCount - 2),
  );
  const exitCount = nodeCount - 1 - nonExitCount;
  // Each non-exit has one output plus up to three extra; extras land on random steps, three chances each.
  const extraSlots = random.shuffle(Array.from({ length: nonExitCount * 3 }, (_, slot) => slot % nonExitCount));
  const outputCounts = new Array<number>(nonExitCount).fill(1);
  for (const step of extraSlots.slice(0, edgeCount - 1 - nonExitCount))
    outputCounts[step] = (outputCounts[step] ?? 1) + 1;

  const middle = random.shuffle([...outputCounts, ...new Array<number>(exitCount - 1).fill(0)]) as OutputCount[];
  let open = 1;
  let nextNonExit = 0;
  for (let position = 0; position < middle.length; position += 1) {
    open -= 1;
    if (middle[position] === 0 && open === 0) {
      // Never runs off the end: the outputs left over at the end (edges − nodes + 1) are never negative.
      nextNonExit = Math.max(nextNonExit, position + 1);
      while (middle[nextNonExit] === 0) nextNonExit += 1;
      middle[position] = middle[nextNonExit] ?? 1;
      middle[nextNonExit] = 0;
    }
    open += middle[position] ?? 0;
  }
  return [1, ...middle, 0];
}

/**
 * Wires every output: each step hangs off an open output of an earlier step (sometimes the newest,
 * which makes long paths; otherwise any, which makes branches), then leftover outputs merge into a
 * later step. Edges always point to a later step, so the journey has no cycles.
 */
function planEdges(outputCounts: readonly OutputCount[], random: SeededRandom): PlannedEdge[] {
  const open: { source: number; output: number }[] = [];
  const openOutputsOf = (source: number) => {
    // Reversed so the first output ("Yes", "Path A") is the newest: the one a chain continues from.
    for (let output = (outputCounts[source] ?? 0) - 1; output >= 0; output -= 1) open.push({ source, output });
  };
  const planned: PlannedEdge[] = [];
  openOutputsOf(0);
  for (let target = 1; target < outputCounts.length; target += 1) {
    const slot = random.next() < CHAIN_BIAS ? open.length - 1 : random.int(open.length);
    const taken = open[slot];
    const last = open.pop();
    if (taken === undefined || last === undefined) throw new Error('Generated journey ran out of open outputs');
    if (last !== taken) open[slot] = last;
    planned.push({ ...taken, target });
    openOutputsOf(target);
  }

  const targetsOf = new Map<number, Set<number>>();
  for (const edge of planned) targetsOf.set(edge.source, (targetsOf.get(edge.source) ?? new Set()).add(edge.target));
  const lastIndex = outputCounts.length - 1;
  for (const { source, output } of open) {
    // Only a journey of one step has an output with no later step to go to; it stays open.
    if (source >= lastIndex) continue;
    const siblings = targetsOf.get(source) ?? new Set<number>();
    const pickTarget = () => source + 1 + random.int(Math.min(MERGE_WINDOW, lastIndex - source));
    let target = pickTarget();
    // Two outputs of one step into the same step is allowed but pointless; a few tries avoid most.
    for (let attempt = 0; attempt < 4 && siblings.has(target); attempt += 1) target = pickTarget();
    siblings.add(target);
    targetsOf.set(source, siblings);
    planned.push({ source, output, target });
  }
  return planned;
}

/** Column = longest path from the entry, so every edge points right; rows fill in creation order. */
function gridPositions(nodeCount: number, edges: readonly PlannedEdge[]): { x: number; y: number }[] {
  const sourcesOf: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const edge of edges) sourcesOf[edge.target]?.push(edge.source);
  const columns: number[] = [];
  const rowsUsed: number[] = [];
  return sourcesOf.map((sources, index) => {
    const column = sources.reduce((deepest, source) => Math.max(deepest, (columns[source] ?? 0) + 1), 0);
    columns[index] = column;
    const row = rowsUsed[column] ?? 0;
    rowsUsed[column] = row + 1;
    return { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT };
  });
}

/**
 * A realistic journey for tests and benchmarks: one entry, every kind of step, branches that
 * split and merge, every output connected, every path ending in an exit, laid out on a grid.
 * The same options always give the same journey.
 */
export function generateJourney({ nodes, edges, seed }: GenerateJourneyOptions): Journey {
  const random = seededRandom(seed);
  const nodeCount = Math.max(1, Math.floor(nodes));
  const maxEdges = nodeCount === 1 ? 0 : 4 * (nodeCount - 2) + 1;
  const edgeCount = clamp(Math.round(edges), nodeCount - 1, maxEdges);

  const outputCounts = planOutputCounts(nodeCount, edgeCount, random);
  const plannedEdges = planEdges(outputCounts, random);
  const positions = gridPositions(nodeCount, plannedEdges);
  const journeyNodes: JourneyNode[] = outputCounts.map((outputs, index) => {
    const position = positions[index] ?? { x: 0, y: 0 };
    const id = `step-${index}`;
    return index === 0 ? generatedEntry(id, position) : generatedStep(outputs, id, index, position, random);
  });
  const handlesOf = journeyNodes.map((node) => outputsOf(node).map((output) => output.id));
  const journeyEdges: JourneyEdge[] = plannedEdges.map(({ source, output, target }, index) => ({
    id: `edge-${index}`,
    source: `step-${source}`,
    sourceHandle: handlesOf[source]?.[output] ?? 'next',
    target: `step-${target}`,
  }));

  const journey = createEmptyJourney({
    id: `generated-${seed}`,
    name: `Generated journey (${nodeCount} steps, seed ${seed})`,
    now: '2025-01-01T00:00:00.000Z',
  });
  return { ...journey, nodes: journeyNodes, edges: journeyEdges };
}
