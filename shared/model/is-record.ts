/** A plain JSON-style object (not null, not an array); what documents and their parts must be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
