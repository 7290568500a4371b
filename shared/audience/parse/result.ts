/** What every parser here returns: the clean value, or a reason a person can act on. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parsed<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function rejected(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** Quotes a raw value inside a reason, shortened so a pasted paragraph does not flood the message. */
export function quote(raw: string): string {
  const shown = raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
  return JSON.stringify(shown);
}
