import type { Journey, Position } from '../model/index';
import { lookupById, type ById } from './id-lookup';

/** New positions by id. */
export type PositionsById = ById<Position>;

function samePosition(a: Position, b: Position): boolean {
  return a.x === b.x && a.y === b.y;
}

/**
 * Moves the given items, leaving untouched ones (and the array, when nothing moved) as they were,
 * so memoised canvas nodes and undo history see no change where there is none. Unknown ids are
 * ignored: a drag may end after a node was deleted.
 */
function moveItems<T extends { readonly id: string; readonly position: Position }>(
  items: T[],
  positions: PositionsById,
): T[] {
  const positionOf = lookupById(positions);
  let changed = false;
  const moved = items.map((item) => {
    const position = positionOf(item.id);
    if (position === undefined || samePosition(position, item.position)) return item;
    changed = true;
    return { ...item, position: { x: position.x, y: position.y } };
  });
  return changed ? moved : items;
}

export function moveNodes(journey: Journey, positions: PositionsById): Journey {
  const nodes = moveItems(journey.nodes, positions);
  return nodes === journey.nodes ? journey : { ...journey, nodes };
}

export function moveNotes(journey: Journey, positions: PositionsById): Journey {
  const notes = moveItems(journey.notes, positions);
  return notes === journey.notes ? journey : { ...journey, notes };
}

/** The nearest grid point; a grid of 0 or less means no snapping. */
export function snapToGrid(position: Position, grid: number): Position {
  if (!(grid > 0)) return position;
  // `+ 0` turns the -0 that rounding small negatives gives into 0, which compares and prints cleanly.
  const snap = (value: number) => Math.round(value / grid) * grid + 0;
  return { x: snap(position.x), y: snap(position.y) };
}
