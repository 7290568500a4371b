import type { RenderDiagnostic } from '../render-result';

/**
 * Small readers and message builders shared by the channel limit checks. The rendered output is a
 * loose record (see RenderResult.output), so readers tolerate a missing or mistyped field rather
 * than throw: the schema already vetted the template, and a limit check must never crash a preview.
 */

export type RenderedOutput = Readonly<Record<string, unknown>>;
export type LimitCheck = (output: RenderedOutput) => RenderDiagnostic[];

export function readString(output: RenderedOutput, key: string): string {
  const value = output[key];
  return typeof value === 'string' ? value : '';
}

export function readObjects(output: RenderedOutput, key: string): RenderedOutput[] {
  const value = output[key];
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) => (typeof item === 'object' && item !== null ? (item as RenderedOutput) : {}));
}

export function readRecord(output: RenderedOutput, key: string): RenderedOutput {
  const value = output[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RenderedOutput) : {};
}

/** Characters as people and the channel APIs count them: code points, so an emoji is one. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

export function limitDiagnostic(
  severity: RenderDiagnostic['severity'],
  field: string,
  message: string,
): RenderDiagnostic {
  return { severity, source: 'limit', field, message };
}

/**
 * "Header text is 72 characters; the limit is 60." — or null within the limit. `what` names the
 * limit when it is not a hard one ("iOS shows about 50").
 */
export function tooLong(
  field: string,
  label: string,
  text: string,
  limit: number,
  severity: RenderDiagnostic['severity'] = 'error',
  what = `the limit is ${limit}`,
): RenderDiagnostic | null {
  const length = characterCount(text);
  if (length <= limit) return null;
  return limitDiagnostic(severity, field, `${label} is ${length} characters; ${what}.`);
}

export function tooMany(
  field: string,
  label: string,
  count: number,
  limit: number,
  severity: RenderDiagnostic['severity'] = 'error',
): RenderDiagnostic | null {
  if (count <= limit) return null;
  return limitDiagnostic(severity, field, `${label}: ${count}; the limit is ${limit}.`);
}

/** Collects the non-null results of a list of checks. */
export function compact(diagnostics: ReadonlyArray<RenderDiagnostic | null | undefined>): RenderDiagnostic[] {
  return diagnostics.filter((diagnostic): diagnostic is RenderDiagnostic => diagnostic != null);
}

/** Parses an absolute URL, or null. `new URL` rather than URL.canParse, which older WebViews lack. */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

export function isWebUrl(text: string): boolean {
  const url = parseUrl(text);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

/** 1-based line and column (in UTF-16 units, as editors count them) of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}
