import type ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import { outputsOf, type Journey, type Position, type Size } from '../model/index';
import { lookupById, type ById } from './id-lookup';
import { moveNodes } from './move';

export type LayoutDirection = 'LR' | 'TB';

export interface LayoutSpacing {
  /** Gap between consecutive steps of a path (between ELK layers). */
  readonly betweenSteps?: number;
  /** Gap between side-by-side steps, such as the targets of a condition's branches. */
  readonly betweenBranches?: number;
}

export interface AutoLayoutOptions {
  readonly direction?: LayoutDirection;
  /** Measured sizes from the canvas; steps not listed are assumed DEFAULT_NODE_SIZE. */
  readonly nodeSizes?: ById<Size>;
  readonly spacing?: LayoutSpacing;
}

export const DEFAULT_NODE_SIZE: Size = Object.freeze({ width: 240, height: 96 });
const DEFAULT_SPACING = { betweenSteps: 80, betweenBranches: 40 } as const;

// One instance for the module: the bundled build runs ELK in-thread, so it needs no worker in Node or a page.
// It is loaded on first use: ELK is large and most sessions never tidy up.
let elk: InstanceType<typeof ELK> | undefined;

const SIDES = {
  LR: { elkDirection: 'RIGHT', input: 'WEST', outputs: 'EAST' },
  TB: { elkDirection: 'DOWN', input: 'NORTH', outputs: 'SOUTH' },
} as const;

/**
 * ELK numbers fixed-order ports clockwise, so along the bottom edge a higher index sits further
 * left. Counting down there keeps the first output (e.g. "Yes") on the left, as it is on top for LR.
 */
function portIndex(direction: LayoutDirection, outputIndex: number, outputCount: number): number {
  return direction === 'LR' ? outputIndex : outputCount - 1 - outputIndex;
}

function toElkGraph(journey: Journey, options: AutoLayoutOptions): ElkNode {
  const direction = options.direction ?? 'LR';
  const sides = SIDES[direction];
  const spacing = { ...DEFAULT_SPACING, ...options.spacing };
  // ELK ids are derived from positions in the arrays, so no journey id can collide with a port id.
  const sizeOf = options.nodeSizes === undefined ? () => undefined : lookupById(options.nodeSizes);
  const elkIdOf = new Map(journey.nodes.map((node, index) => [node.id, `n${index}`]));

  const children = journey.nodes.map((node, index): ElkNode => {
    const size = sizeOf(node.id) ?? DEFAULT_NODE_SIZE;
    const outputs = outputsOf(node);
    const ports: ElkPort[] = [
      { id: `n${index}.in`, layoutOptions: { 'elk.port.side': sides.input } },
      ...outputs.map((output, outputIndex) => ({
        id: `n${index}.out.${outputIndex}`,
        layoutOptions: {
          'elk.port.side': sides.outputs,
          'elk.port.index': String(portIndex(direction, outputIndex, outputs.length)),
        },
      })),
    ];
    return {
      id: `n${index}`,
      width: size.width,
      height: size.height,
      ports,
      layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
    };
  });

  const outputIndexOf = new Map(
    journey.nodes.map((node) => [node.id, new Map(outputsOf(node).map((output, index) => [output.id, index]))]),
  );
  const edges: ElkExtendedEdge[] = [];
  journey.edges.forEach((edge, index) => {
    const source = elkIdOf.get(edge.source);
    const target = elkIdOf.get(edge.target);
    // Dangling edges (a broken draft) have nothing to pull on; the validator reports them.
    if (source === undefined || target === undefined) return;
    const outputIndex = outputIndexOf.get(edge.source)?.get(edge.sourceHandle);
    edges.push({
      id: `e${index}`,
      sources: [outputIndex === undefined ? source : `${source}.out.${outputIndex}`],
      targets: [`${target}.in`],
    });
  });

  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': sides.elkDirection,
      'elk.spacing.nodeNode': String(spacing.betweenBranches),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(spacing.betweenSteps),
      // Ties are broken by the order steps and edges appear in, so the same journey lays out the same way.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.randomSeed': '1',
    },
    children,
    edges,
  };
}

function topLeftOf(positions: Iterable<Position>): Position | undefined {
  let corner: Position | undefined;
  for (const { x, y } of positions) {
    corner = corner === undefined ? { x, y } : { x: Math.min(corner.x, x), y: Math.min(corner.y, y) };
  }
  return corner;
}

/**
 * Arranges the steps with ELK's layered algorithm, outputs in their declared order (so "Yes" sits
 * above "No" and random-split paths keep their order). Notes stay where they are. The result is
 * anchored at the steps' previous top-left corner so the journey does not jump off screen, and
 * rounded to whole pixels. Deterministic: the same journey and options give the same positions.
 */
export async function autoLayout(journey: Journey, options: AutoLayoutOptions = {}): Promise<Journey> {
  const anchor = topLeftOf(journey.nodes.map((node) => node.position));
  if (anchor === undefined) return journey;
  if (!elk) {
    const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
    elk = new Elk();
  }
  const laidOut = await elk.layout(toElkGraph(journey, options));

  const placed = new Map<string, Position>();
  for (const child of laidOut.children ?? []) {
    const node = journey.nodes[Number(child.id.slice(1))];
    if (node !== undefined) placed.set(node.id, { x: child.x ?? 0, y: child.y ?? 0 });
  }
  const origin = topLeftOf(placed.values()) ?? anchor;
  const positions = new Map<string, Position>();
  for (const [id, { x, y }] of placed) {
    positions.set(id, { x: Math.round(anchor.x + x - origin.x), y: Math.round(anchor.y + y - origin.y) });
  }
  return moveNodes(journey, positions);
}
