/**
 * A deep copy of JSON-shaped data (what zod-parsed configs are). Several times faster than
 * structuredClone on many small objects, which matters when pasting thousands of steps.
 */
export function clonePlainData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlainData) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = clonePlainData(item);
  return copy as T;
}
