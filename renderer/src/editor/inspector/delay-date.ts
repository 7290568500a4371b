/**
 * The model stores a delay's date as "YYYY-MM-DDTHH:MM", read in the contact's time zone, or with a
 * trailing "Z" for UTC. A datetime-local input knows nothing of zones, so the form shows the two
 * parts separately.
 */
export interface DelayDateParts {
  /** What the datetime-local input shows. */
  local: string;
  utc: boolean;
}

export function splitDelayDate(date: string): DelayDateParts {
  return date.endsWith('Z') ? { local: date.slice(0, -1), utc: true } : { local: date, utc: false };
}

/** An empty date stays empty: "Z" alone would be an invalid date, not an unchosen one. */
export function joinDelayDate({ local, utc }: DelayDateParts): string {
  return utc && local !== '' ? `${local}Z` : local;
}
