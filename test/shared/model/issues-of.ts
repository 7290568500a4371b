import type { z } from 'zod';
import { formatZodIssues, type FormattedIssue } from '../../../shared/model/index';

/** Parses and returns the formatted issues, or [] when the value is valid: what a user would be shown. */
export function issuesOf(schema: z.ZodType, value: unknown): FormattedIssue[] {
  const result = schema.safeParse(value);
  return result.success ? [] : formatZodIssues(result.error);
}
