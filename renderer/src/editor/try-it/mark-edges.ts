import type { FlowEdge } from '../nodes/flow-types';
import type { Mark } from './try-it-store';

/**
 * The connections as Try it shows them: those taken highlighted, the one into the current step
 * animated, the others faded; with every profile's paths shown, how many followed each.
 */
export function markEdges(
  edges: FlowEdge[],
  marks: Readonly<Record<string, Mark>> | null,
  counts: Readonly<Record<string, number>> | null,
): FlowEdge[] {
  if (marks === null) return edges;
  return edges.map((edge) => {
    const mark = marks[edge.id] ?? 'skipped';
    const counted = counts?.[edge.id];
    return {
      ...edge,
      className: `tried-${mark}`,
      animated: mark === 'current',
      ...(counted === undefined
        ? {}
        : { label: String(counted), ariaLabel: `${counted} profiles followed this connection` }),
      data: { ...edge.data, tried: mark },
    };
  });
}
