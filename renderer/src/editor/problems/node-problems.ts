import type { Diagnostic, Severity } from '../../../../shared/validation/index';

/** What a step's badge shows: how many problems, the worst severity, and the first message of that severity. */
export interface NodeProblems {
  readonly count: number;
  readonly severity: Severity;
  readonly message: string;
}

export const NO_NODE_PROBLEMS: ReadonlyMap<string, NodeProblems> = new Map();

export function sameNodeProblems(a: NodeProblems | undefined, b: NodeProblems | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.count === b.count && a.severity === b.severity && a.message === b.message;
}

/**
 * Per-step badges from a list of diagnostics. Summaries equal to the previous ones are the
 * previous objects, and an unchanged result is the previous map itself: the canvas then re-maps
 * (and re-renders) only the steps whose badge actually changed.
 */
export function summariseNodeProblems(
  diagnostics: readonly Diagnostic[],
  previous: ReadonlyMap<string, NodeProblems> = NO_NODE_PROBLEMS,
): ReadonlyMap<string, NodeProblems> {
  const fresh = new Map<string, { count: number; severity: Severity; message: string }>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.nodeId === undefined) continue;
    const known = fresh.get(diagnostic.nodeId);
    if (!known) {
      fresh.set(diagnostic.nodeId, { count: 1, severity: diagnostic.severity, message: diagnostic.message });
      continue;
    }
    known.count += 1;
    // The badge speaks for the worst problem: an error found after a warning takes over the tooltip.
    if (known.severity === 'warning' && diagnostic.severity === 'error') {
      known.severity = 'error';
      known.message = diagnostic.message;
    }
  }

  let unchanged = fresh.size === previous.size;
  const next = new Map<string, NodeProblems>();
  for (const [nodeId, summary] of fresh) {
    const before = previous.get(nodeId);
    if (before && sameNodeProblems(before, summary)) {
      next.set(nodeId, before);
    } else {
      next.set(nodeId, summary);
      unchanged = false;
    }
  }
  return unchanged ? previous : next;
}
