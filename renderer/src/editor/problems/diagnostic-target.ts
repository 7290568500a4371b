import type { Journey } from '../../../../shared/model/index';
import type { Diagnostic } from '../../../../shared/validation/index';
import { formatJsonPath, parseJsonPath } from './json-path';

/**
 * Where a diagnostic points: a step (and a field of it, relative to the step: "config.templateId"),
 * an edge, a field of the journey itself ("name", "settings.languages"), or nowhere in particular
 * (NO_ENTRY: the journey as a whole).
 */
export type DiagnosticTarget =
  | { kind: 'node'; nodeId: string; field: string }
  | { kind: 'edge'; edgeId: string; nodeId: string | null }
  | { kind: 'journey'; field: string }
  | { kind: 'none' };

/**
 * Resolves a diagnostic against the journey it was found in. The ids win over the path's indices
 * (they survive edits that reorder the arrays); the path then only says which field.
 */
export function diagnosticTarget(journey: Journey, diagnostic: Diagnostic): DiagnosticTarget {
  const segments = diagnostic.path === undefined ? null : parseJsonPath(diagnostic.path);
  const [head, index, ...rest] = segments ?? [];

  if (head === 'nodes' && typeof index === 'number') {
    const nodeId = diagnostic.nodeId ?? journey.nodes[index]?.id;
    if (nodeId !== undefined && journey.nodes.some((node) => node.id === nodeId)) {
      return { kind: 'node', nodeId, field: formatJsonPath(rest) };
    }
  }
  if (diagnostic.nodeId !== undefined && journey.nodes.some((node) => node.id === diagnostic.nodeId)) {
    return { kind: 'node', nodeId: diagnostic.nodeId, field: '' };
  }
  const edgeId =
    diagnostic.edgeId ?? (head === 'edges' && typeof index === 'number' ? journey.edges[index]?.id : undefined);
  const edge = edgeId === undefined ? undefined : journey.edges.find((candidate) => candidate.id === edgeId);
  if (edge) {
    const source = journey.nodes.some((node) => node.id === edge.source) ? edge.source : null;
    return { kind: 'edge', edgeId: edge.id, nodeId: source };
  }
  if (segments && segments.length > 0 && head !== 'nodes' && head !== 'edges') {
    return { kind: 'journey', field: formatJsonPath(segments) };
  }
  return { kind: 'none' };
}
