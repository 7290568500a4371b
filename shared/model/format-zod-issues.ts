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

/**
 * Flattens a ZodError into lines a person can act on. The model's schemas carry their own
 * messages where zod's defaults would be vague, so the messages are used as they are.
 */
export function formatZodIssues(error: z.core.$ZodError): FormattedIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}
