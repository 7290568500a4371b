/** "about 3 min 20 s", "about 45 s", "less than a second"; null (not yet known) as "estimating…". */
export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'estimating…';
  if (seconds < 1) return 'less than a second';
  const whole = Math.round(seconds);
  if (whole < 60) return `about ${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `about ${minutes} min ${whole % 60} s`;
  return `about ${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * How far along an import is, 0..1, when the file's size is known; the service counts rows, so the
 * fraction is rows done over rows done plus rows still to go at the current speed.
 */
export function progressFraction(rowsRead: number, rowsPerSecond: number, etaSeconds: number | null): number | null {
  if (etaSeconds === null || rowsPerSecond <= 0) return null;
  const remaining = rowsPerSecond * etaSeconds;
  const total = rowsRead + remaining;
  return total <= 0 ? null : Math.min(1, rowsRead / total);
}

/** The rejects report's rows as line and reason, skipping its header row. */
export function rejectRows(table: readonly (readonly string[])[]): { line: string; reason: string }[] {
  return table.filter((row) => /^\d+$/.test(row[0] ?? '')).map((row) => ({ line: row[0] ?? '', reason: row[1] ?? '' }));
}
