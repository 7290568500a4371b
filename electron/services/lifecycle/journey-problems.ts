import type { JourneySummary } from '../../../shared/contract/index';
import type { Diagnostic } from '../../../shared/validation/index';

export type JourneyProblems = JourneySummary['problems'];

export const NO_PROBLEMS: JourneyProblems = { errors: 0, warnings: 0, firstError: null };

export function problemsOf(diagnostics: readonly Diagnostic[]): JourneyProblems {
  let errors = 0;
  let warnings = 0;
  let firstError: JourneyProblems['firstError'] = null;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'warning') {
      warnings++;
      continue;
    }
    errors++;
    if (firstError === null) {
      firstError = {
        message: diagnostic.message,
        ...(diagnostic.nodeId !== undefined ? { nodeId: diagnostic.nodeId } : {}),
        ...(diagnostic.path !== undefined ? { path: diagnostic.path } : {}),
      };
    }
  }
  return { errors, warnings, firstError };
}

/** A row whose stored document cannot be read still lists, as Broken, saying why. */
export function unreadableProblems(reason: string): JourneyProblems {
  return { errors: 1, warnings: 0, firstError: { message: reason } };
}
