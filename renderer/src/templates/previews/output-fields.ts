import type { RenderResult } from '../../../../shared/templates/index';
import { readObjects, readRecord, readString } from '../../../../shared/templates/limits/fields';

/** Typed reads of a render result's loose output, falling back to the source while nothing is rendered. */
export function outputText(result: RenderResult | null, key: string, fallback = ''): string {
  return result ? readString(result.output, key) : fallback;
}

export function outputList<T extends object>(
  result: RenderResult | null,
  key: string,
  fallback: readonly T[],
): Partial<T>[] {
  return result ? (readObjects(result.output, key) as Partial<T>[]) : [...fallback];
}

export function outputRecord(
  result: RenderResult | null,
  key: string,
  fallback: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  return result ? readRecord(result.output, key) : fallback;
}

export function stringField(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
