import { addNode, checkConnection, connectNodes } from '../../../../shared/graph/index';
import { outputsOf, type Journey, type JourneyNode, type Position } from '../../../../shared/model/index';
import type { Direction } from '../nodes/flow-types';
import { newId } from '../ids';

const GAP = { LR: { x: 320, y: 0 }, TB: { x: 0, y: 200 } } as const;

/** The first output of `node` that has no edge yet. */
export function freeOutput(journey: Journey, node: JourneyNode): string | null {
  const used = new Set(journey.edges.filter((edge) => edge.source === node.id).map((edge) => edge.sourceHandle));
  return outputsOf(node).find((output) => !used.has(output.id))?.id ?? null;
}

/** Where a step inserted after `anchor` goes: one step further along the reading direction. */
export function positionAfter(anchor: JourneyNode, direction: Direction): Position {
  return { x: anchor.position.x + GAP[direction].x, y: anchor.position.y + GAP[direction].y };
}

/**
 * Adds a step from the palette by click or keyboard. With one step selected that has a free output,
 * the new step goes after it, connected; otherwise it goes where asked.
 */
export function insertStep(journey: Journey, step: JourneyNode, anchorId: string | null): Journey {
  const anchor = anchorId ? journey.nodes.find((node) => node.id === anchorId) : undefined;
  const withStep = addNode(journey, step);
  if (!anchor) return withStep;
  const handle = freeOutput(journey, anchor);
  if (!handle) return withStep;
  const connection = { source: anchor.id, sourceHandle: handle, target: step.id };
  return checkConnection(withStep, connection).ok ? connectNodes(withStep, connection, newId('edge')) : withStep;
}
