import type { JourneyDiff } from '../../../../shared/journey/diff';
import type { Journey, JourneyEdge, JourneyNode } from '../../../../shared/model/index';

export type DiffStatus = 'added' | 'changed' | 'removed' | 'unchanged';

export interface ComparedNode {
  node: JourneyNode;
  status: DiffStatus;
}

export interface ComparedEdge {
  edge: JourneyEdge;
  status: DiffStatus;
}

// Roughly a step card (see flow-mapping's STEP_WIDTH); enough to tell whether two cards would overlap.
const CARD = { width: 240, height: 120 };
const NUDGE = 150;

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.abs(a.x - b.x) < CARD.width && Math.abs(a.y - b.y) < CARD.height;
}

/**
 * Where to draw a removed step: where it was, unless a step of the newer document now sits there
 * (a replaced step usually does), then moved down until it is clear, so it is never hidden.
 */
function clearSpot(position: { x: number; y: number }, taken: { x: number; y: number }[]): { x: number; y: number } {
  let spot = position;
  for (let tries = 0; tries < 50 && taken.some((other) => overlaps(spot, other)); tries++)
    spot = { x: spot.x, y: spot.y + NUDGE };
  return spot;
}

/**
 * What a comparison draws: the newer document with its added and changed steps marked, plus the
 * older document's removed steps and connections where they used to be. A step that only moved is
 * drawn where it is now and left unmarked.
 */
export function compareElements(after: Journey, diff: JourneyDiff): { nodes: ComparedNode[]; edges: ComparedEdge[] } {
  const added = new Set(diff.added.map((node) => node.id));
  const changed = new Set(diff.changed.map((change) => change.after.id));
  const addedEdges = new Set(diff.addedEdges);
  const nodes: ComparedNode[] = after.nodes.map((node) => ({
    node,
    status: added.has(node.id) ? 'added' : changed.has(node.id) ? 'changed' : 'unchanged',
  }));
  const taken = after.nodes.map((node) => node.position);
  for (const node of diff.removed) {
    const position = clearSpot(node.position, taken);
    taken.push(position);
    nodes.push({ node: position === node.position ? node : { ...node, position }, status: 'removed' });
  }

  const drawn = new Set(nodes.map(({ node }) => node.id));
  const edges: ComparedEdge[] = after.edges.map((edge) => ({
    edge,
    status: addedEdges.has(edge) ? 'added' : 'unchanged',
  }));
  // A removed connection between steps that are both still drawn is shown; one whose end is gone
  // from both documents could not be placed anyway.
  const usedIds = new Set(after.edges.map((edge) => edge.id));
  for (const edge of diff.removedEdges) {
    if (!drawn.has(edge.source) || !drawn.has(edge.target)) continue;
    // Edge ids may repeat across versions (a connection rewired in place); keep the flow's ids unique.
    const id = usedIds.has(edge.id) ? `removed:${edge.id}` : edge.id;
    usedIds.add(id);
    edges.push({ edge: { ...edge, id }, status: 'removed' });
  }
  return { nodes, edges };
}
