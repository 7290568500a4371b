import { stepName } from '../../../../shared/graph/index';
import type { Journey, JourneyNode } from '../../../../shared/model/index';
import type { Diagnostic } from '../../../../shared/validation/index';

/** One row of the problems list: the diagnostic, a stable key, and the step it is about. */
export interface ProblemView {
  key: string;
  diagnostic: Diagnostic;
  /** The step's name as it was when checked; null for journey-wide problems. */
  stepName: string | null;
}

function sameView(a: ProblemView, b: ProblemView): boolean {
  const x = a.diagnostic;
  const y = b.diagnostic;
  return (
    a.key === b.key &&
    a.stepName === b.stepName &&
    x.severity === y.severity &&
    x.message === y.message &&
    x.hint === y.hint &&
    x.fix?.kind === y.fix?.kind &&
    x.fix?.label === y.fix?.label
  );
}

/**
 * Rows for the panel, named once per check so the list does not look names up on every
 * keystroke. Rows that read the same as before are the previous objects, and an unchanged list is
 * the previous array, so a check that finds nothing new re-renders nothing.
 */
export function problemViews(
  diagnostics: readonly Diagnostic[],
  journey: Journey | null,
  previous: readonly ProblemView[] = [],
): readonly ProblemView[] {
  const byId = new Map<string, JourneyNode>();
  if (journey && diagnostics.some((d) => d.nodeId !== undefined))
    for (const node of journey.nodes) byId.set(node.id, node);
  const previousByKey = new Map(previous.map((view) => [view.key, view]));
  const seen = new Map<string, number>();
  let unchanged = diagnostics.length === previous.length;
  const views = diagnostics.map((diagnostic, index) => {
    const base = [diagnostic.code, diagnostic.nodeId ?? '', diagnostic.edgeId ?? '', diagnostic.path ?? ''].join('|');
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    const node = diagnostic.nodeId === undefined ? undefined : byId.get(diagnostic.nodeId);
    const view: ProblemView = {
      key: repeat ? `${base}#${repeat}` : base,
      diagnostic,
      stepName: node ? stepName(node) : null,
    };
    const before = previousByKey.get(view.key);
    if (before && sameView(before, view)) {
      if (previous[index] !== before) unchanged = false;
      return before;
    }
    unchanged = false;
    return view;
  });
  return unchanged ? previous : views;
}
