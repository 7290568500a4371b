import type { Position } from '../../../../shared/model/index';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const GAP = 24;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP
  );
}

/**
 * The place nearest `wanted` (its top-left corner) where a box of `size` overlaps none of
 * `taken`: rings of candidates around it, a box-size apart, closest first.
 */
export function freeSpot(wanted: Position, size: { width: number; height: number }, taken: readonly Box[]): Position {
  const stepX = size.width + GAP;
  const stepY = size.height + GAP;
  for (let ring = 0; ring <= 12; ring++) {
    const candidates: Position[] = [];
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        candidates.push({ x: wanted.x + dx * stepX, y: wanted.y + dy * stepY });
      }
    }
    candidates.sort((a, b) => Math.hypot(a.x - wanted.x, a.y - wanted.y) - Math.hypot(b.x - wanted.x, b.y - wanted.y));
    const free = candidates.find((spot) => !taken.some((box) => overlaps({ ...spot, ...size }, box)));
    if (free) return free;
  }
  return wanted;
}
