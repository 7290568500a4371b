import { z } from 'zod';
import { StoreError } from './store-error';

function describe(error: unknown): string {
  if (error instanceof z.ZodError)
    return error.issues.map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`).join('; ');
  return (error as Error).message;
}

/**
 * Every JSON column is parsed by its schema on the way out: a row edited by hand or written by a
 * buggy build is reported by name instead of flowing into the UI.
 */
export function parseStoredJson<T>(schema: { parse(value: unknown): T }, text: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new StoreError(`The stored ${what} is not valid JSON; the database may be damaged.`);
  }
  try {
    return schema.parse(value);
  } catch (error) {
    throw new StoreError(`The stored ${what} does not match the expected shape: ${describe(error)}`);
  }
}
