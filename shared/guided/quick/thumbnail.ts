import type { JourneyEdge } from '../../model/journey-edge';
import type { JourneyNode } from '../../model/journey-node';

export interface Thumbnail {
  viewBox: string;
  boxes: { id: string; x: number; y: number; width: number; height: number; kind: JourneyNode['kind'] }[];
  lines: { id: string; x1: number; y1: number; x2: number; y2: number }[];
}

const BOX = { width: 200, height: 70 };
const MARGIN = 30;

/** A journey's graph in miniature: a box per step where the canvas puts it, a line per connection. */
export function thumbnailOf(nodes: readonly JourneyNode[], edges: readonly JourneyEdge[]): Thumbnail {
  const xs = nodes.map((node) => node.position.x);
  const ys = nodes.map((node) => node.position.y);
  const minX = Math.min(0, ...xs) - MARGIN;
  const minY = Math.min(0, ...ys) - MARGIN;
  const width = Math.max(0, ...xs) + BOX.width + MARGIN - minX;
  const height = Math.max(0, ...ys) + BOX.height + MARGIN - minY;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return {
    viewBox: `${minX} ${minY} ${width} ${height}`,
    boxes: nodes.map((node) => ({ id: node.id, x: node.position.x, y: node.position.y, ...BOX, kind: node.kind })),
    lines: edges.flatMap((edge) => {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      if (!source || !target) return [];
      return [
        {
          id: edge.id,
          x1: source.position.x + BOX.width,
          y1: source.position.y + BOX.height / 2,
          x2: target.position.x,
          y2: target.position.y + BOX.height / 2,
        },
      ];
    }),
  };
}
