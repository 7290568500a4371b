/** Offered when the runtime cannot list its zones; any IANA name may still be typed. */
const COMMON_TIME_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Moscow',
  'Africa/Johannesburg',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
] as const;

let cached: readonly string[] | null = null;

export function timeZoneSuggestions(): readonly string[] {
  if (cached) return cached;
  let zones: readonly string[] = COMMON_TIME_ZONES;
  try {
    const supported = Intl.supportedValuesOf('timeZone');
    if (supported.length > 0) zones = ['UTC', ...supported.filter((zone) => zone !== 'UTC')];
  } catch {
    // Older runtimes: the short list above is enough to pick from.
  }
  cached = zones;
  return zones;
}
