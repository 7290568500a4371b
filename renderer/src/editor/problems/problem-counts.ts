import type { Diagnostic } from '../../../../shared/validation/index';
import { plural } from '../../ui/plural';

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

export function countProblems(diagnostics: readonly Diagnostic[]): ProblemCounts {
  let errors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}

/** "2 errors, 1 warning"; "none" when there is nothing to report. */
export function describeCounts({ errors, warnings }: ProblemCounts): string {
  const parts: string[] = [];
  if (errors > 0) parts.push(plural(errors, 'error', 'errors'));
  if (warnings > 0) parts.push(plural(warnings, 'warning', 'warnings'));
  return parts.length ? parts.join(', ') : 'none';
}

/** The panel's heading: "Problems · 2 errors, 1 warning". */
export function problemsHeading(counts: ProblemCounts): string {
  return `Problems · ${describeCounts(counts)}`;
}

/** The compact chip: "3 problems", "1 problem", "No problems". */
export function problemsChipText({ errors, warnings }: ProblemCounts): string {
  const total = errors + warnings;
  return total === 0 ? 'No problems' : plural(total, 'problem', 'problems');
}
