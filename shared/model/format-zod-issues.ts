import type { z } from 'zod';

export interface FormattedIssue {
  /** JSON-path-like location, e.g. "nodes[3].config.url"; "" for the document itself. */
  path: string;
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const key = String(segment);
    // Keys such as template variables ("customer.name") would be ambiguous after a dot.
    if (!IDENTIFIER.test(key)) return `${text}[${JSON.stringify(key)}]`;
    return text === '' ? key : `${text}.${key}`;
  }, '');
}

interface LocatedIssue {
  path: PropertyKey[];
  message: string;
}

const ZOD_UNION_MESSAGE = 'Invalid input';

function deepest(issues: readonly LocatedIssue[]): number {
  return issues.reduce((depth, issue) => Math.max(depth, issue.path.length), 0);
}

/**
 * zod reports a failed union as "Invalid input" at the union itself, which names no field. The
 * alternative the value came closest to is the one whose problems reach deepest into it (it got
 * past the keys to their contents), then the one with fewest problems; its problems are reported.
 */
function closestAlternative(alternatives: readonly LocatedIssue[][]): LocatedIssue[] | undefined {
  let best: LocatedIssue[] | undefined;
  for (const issues of alternatives) {
    if (issues.length === 0) continue;
    if (
      best === undefined ||
      deepest(issues) > deepest(best) ||
      (deepest(issues) === deepest(best) && issues.length < best.length)
    )
      best = issues;
  }
  return best;
}

function locate(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): LocatedIssue[] {
  const located: LocatedIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      // One line per key, at the key itself, so even a key on the outermost object has a path.
      for (const key of issue.keys) located.push({ path: [...path, key], message: `Unrecognized key: "${key}"` });
      continue;
    }
    // A union with a message of its own (e.g. "Expected a string, number, …") already says enough.
    if (issue.code === 'invalid_union' && issue.message === ZOD_UNION_MESSAGE) {
      const closest = closestAlternative(issue.errors.map((alternative) => locate(alternative, path)));
      if (closest !== undefined) {
        for (const inner of closest) located.push(inner);
        continue;
      }
    }
    located.push({ path, message: issue.message });
  }
  return located;
}

/**
 * Flattens a ZodError into lines a person can act on. The model's schemas carry their own
 * messages where zod's defaults would be vague, so the messages are used as they are.
 */
export function formatZodIssues(error: z.core.$ZodError): FormattedIssue[] {
  return locate(error.issues, []).map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}
