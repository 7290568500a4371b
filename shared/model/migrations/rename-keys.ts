import { isRecord } from '../is-record';

/** Renames keys in place of order (so migrated files diff cleanly); non-objects pass through untouched. */
export function renameKeys(value: unknown, renames: Readonly<Record<string, string>>): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [renames[key] ?? key, entry]));
}
