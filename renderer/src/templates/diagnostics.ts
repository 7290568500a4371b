import type { RenderDiagnostic } from '../../../shared/templates/index';
import { characterCount } from '../../../shared/templates/limits/fields';

/** "3:14", "line 3", or "" — where a problem is, as the Problems list and field errors show it. */
export function positionOf(d: Pick<RenderDiagnostic, 'line' | 'column'>): string {
  if (d.line === undefined) return '';
  return d.column === undefined ? `line ${d.line}` : `${d.line}:${d.column}`;
}

/**
 * The error a field shows under itself (marking it invalid), with where it is. Warnings stay in
 * the Problems list: a field in red for "iOS cuts this title" would say it cannot be sent.
 */
export function problemAt(diagnostics: readonly RenderDiagnostic[], field: string): string | undefined {
  const first = diagnostics.find((d) => d.field === field && d.severity === 'error');
  if (!first) return undefined;
  if (first.line === undefined) return first.message;
  return `${first.message} (line ${first.line}${first.column === undefined ? '' : `, column ${first.column}`})`;
}

/** Errors before warnings, then in the order of the template's fields and lines. */
export function sortProblems(diagnostics: readonly RenderDiagnostic[]): RenderDiagnostic[] {
  return diagnostics
    .map((d, index) => ({ d, index }))
    .sort(
      (a, b) =>
        (a.d.severity === b.d.severity ? 0 : a.d.severity === 'error' ? -1 : 1) ||
        (a.d.line ?? 0) - (b.d.line ?? 0) ||
        (a.d.column ?? 0) - (b.d.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ d }) => d);
}

/** "12 / 60 characters", counted as the limit checks count (code points), next to limited fields. */
export function lengthHint(text: string, max: number): string {
  return `${characterCount(text)} / ${max} characters`;
}
