const IMPORTED_SUFFIX = / \(imported(?: \d+)?\)$/;

/**
 * The name itself when it is free, else "Welcome (imported)", "Welcome (imported 2)"…, compared
 * without case; a file exported from an import counts on instead of stacking suffixes. Names are
 * cut so the suffix still fits within maxLength.
 */
export function nameForImport(name: string, takenNames: Iterable<string>, maxLength = 200): string {
  const taken = new Set([...takenNames].map((taken) => taken.toLocaleLowerCase()));
  const wanted = name.slice(0, maxLength).trimEnd();
  if (!taken.has(wanted.toLocaleLowerCase())) return wanted;
  const base = name.replace(IMPORTED_SUFFIX, '') || name;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (imported)' : ` (imported ${n})`;
    const candidate = base.slice(0, maxLength - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
