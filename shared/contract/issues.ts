import type { z } from 'zod';
import type { ApiIssue } from './errors';

/** Turns zod's path arrays into the JSON-path-like strings users see ("nodes[3].config.url"). */
export function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: pathToString(issue.path), message: issue.message }));
}
