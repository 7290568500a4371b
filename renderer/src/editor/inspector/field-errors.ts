import type { z } from 'zod';
import { formatIssuePath } from '../../../../shared/model/index';

/**
 * Messages keyed by the path of the value they are about, relative to the form's root value,
 * written the way `formatIssuePath` writes them: "branches[1].percent", 'variables["a.b"]'.
 */
export type FieldErrors = Readonly<Record<string, string>>;

export const NO_ERRORS: FieldErrors = Object.freeze({});

export function pathOf(...segments: readonly PropertyKey[]): string {
  return formatIssuePath(segments);
}

/** Appends segments to a path already written out, e.g. ("filter", 0, "rules") → "filter[0].rules". */
export function joinPath(base: string, ...segments: readonly PropertyKey[]): string {
  const tail = formatIssuePath(segments);
  if (base === '') return tail;
  if (tail === '' || tail.startsWith('[')) return `${base}${tail}`;
  return `${base}.${tail}`;
}

type Issue = z.core.$ZodIssue;

export const NOT_A_NUMBER = 'Enter a number';

function bound(value: unknown): string {
  return typeof value === 'bigint' ? value.toString() : String(value);
}

/**
 * The model's schemas carry their own wording where it matters (time formats, language codes);
 * what is left are zod's generic messages about numbers and empty text, which read like a stack
 * trace in a form. Only those are reworded.
 */
export function friendlyMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number') return NOT_A_NUMBER;
      if (issue.expected === 'int') return 'Enter a whole number';
      return issue.message;
    case 'too_small':
      if (issue.origin === 'number') {
        if (!issue.inclusive && Number(issue.minimum) === 0) return 'Must be more than 0';
        return issue.inclusive
          ? `Must be at least ${bound(issue.minimum)}`
          : `Must be more than ${bound(issue.minimum)}`;
      }
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'Must not be empty';
      return issue.message;
    case 'too_big':
      if (issue.origin === 'number') {
        return issue.inclusive
          ? `Must be at most ${bound(issue.maximum)}`
          : `Must be less than ${bound(issue.maximum)}`;
      }
      return issue.message;
    case 'invalid_key':
      return issue.issues.some((inner) => inner.code === 'too_small') ? 'A name is required' : issue.message;
    default:
      return issue.message;
  }
}

/** One message per field: the first issue zod reports for a path is usually the most basic one. */
export function fieldErrorsFromIssues(issues: readonly Issue[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = formatIssuePath(issue.path);
    if (!Object.hasOwn(errors, path)) errors[path] = friendlyMessage(issue);
  }
  return errors;
}

function isWithin(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[';
}

export function errorAt(errors: FieldErrors, path: string): string | undefined {
  return Object.hasOwn(errors, path) ? errors[path] : undefined;
}

/**
 * The first message at or below `path`: a field editing a whole list as one control (a comma
 * list) shows what is wrong with any of its items.
 */
export function errorWithin(errors: FieldErrors, path: string): string | undefined {
  const exact = errorAt(errors, path);
  if (exact !== undefined) return exact;
  for (const key of Object.keys(errors)) {
    if (isWithin(key, path)) return errors[key];
  }
  return undefined;
}

/**
 * The errors below `prefix`, re-keyed relative to it, so a reusable editor (the filter editor
 * inside the entry and condition forms) reads its own paths without knowing where it sits.
 */
export function scopeErrors(errors: FieldErrors, prefix: string): FieldErrors {
  if (prefix === '') return errors;
  let scoped: Record<string, string> | null = null;
  for (const [key, message] of Object.entries(errors)) {
    if (key === prefix || !isWithin(key, prefix)) continue;
    const rest = key.slice(prefix.length);
    (scoped ??= {})[rest.startsWith('.') ? rest.slice(1) : rest] = message;
  }
  return scoped ?? NO_ERRORS;
}
