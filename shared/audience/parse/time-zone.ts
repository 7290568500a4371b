/** IANA time-zone helpers on Intl alone, so they run in the renderer and in Node alike. */

const formatters = new Map<string, Intl.DateTimeFormat>();
// Building an Intl.DateTimeFormat is slow next to the rest of an import row, and a column holds
// few distinct zones; the bound keeps a column of junk from growing the cache without limit.
const canonicalNames = new Map<string, string | null>();
const CANONICAL_CACHE_LIMIT = 2000;

let knownNames: ReadonlyMap<string, string> | undefined;

/** Lowercased name → spelling, for the zones the engine lists. */
function knownByLowercase(): ReadonlyMap<string, string> {
  knownNames ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
  return knownNames;
}

/**
 * A valid zone's spelling. Engines differ in which of two alias names they call canonical (Node's
 * ICU says Asia/Calcutta, newer Chromium Asia/Kolkata), so a correctly written name is kept as
 * written; only the letter case of a name is fixed ("europe/berlin" → "Europe/Berlin").
 */
function spellingOf(name: string, resolved: string): string {
  const lower = name.toLowerCase();
  if (resolved.toLowerCase() === lower) return resolved;
  const listed = knownByLowercase().get(lower);
  if (listed !== undefined) return listed;
  const properlyCased = name.split('/').every((part) => /^[A-Z]/.test(part));
  return properlyCased ? name : resolved;
}

/** The spelling to store for a time zone ("europe/berlin" → "Europe/Berlin", "utc" → "UTC"), or null. */
export function canonicalTimeZone(name: string): string | null {
  const known = canonicalNames.get(name);
  if (known !== undefined) return known;
  let canonical: string | null = null;
  const trimmed = name.trim();
  if (trimmed !== '') {
    try {
      canonical = spellingOf(
        trimmed,
        new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone,
      );
    } catch {
      canonical = null;
    }
  }
  if (canonicalNames.size >= CANONICAL_CACHE_LIMIT) canonicalNames.clear();
  canonicalNames.set(name, canonical);
  return canonical;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds to add to a UTC instant to get the wall-clock time in `timeZone` (whole seconds). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSeconds = epochMs - (((epochMs % 1000) + 1000) % 1000);
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(wholeSeconds))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - wholeSeconds;
}

/**
 * The UTC instant at which clocks in `timeZone` show a wall time (given as the epoch milliseconds
 * Date.UTC returns for those fields). A wall time skipped by a DST jump resolves to a nearby instant.
 */
export function wallTimeToUtc(wallMs: number, timeZone: string): number {
  const guess = wallMs - offsetAt(wallMs, timeZone);
  return wallMs - offsetAt(guess, timeZone);
}
