import { canonicalTimeZone } from './time-zone';
import { parsed, quote, rejected, type Parsed } from './result';

/** A BCP 47 language tag in canonical case: "EN_us" → "en-US", "pt-br" → "pt-BR". */
export function parseLanguage(raw: string): Parsed<string> {
  const text = raw.trim().replaceAll('_', '-');
  // The primary subtag is 2–3 letters in practice; longer ones are syntactically allowed but are
  // almost always a language *name* ("english") pasted into the column.
  if (!/^[a-z]{2,3}(?:-|$)/i.test(text))
    return rejected(`${quote(raw.trim())} is not a language code such as en, de or pt-BR`);
  try {
    const [canonical] = Intl.getCanonicalLocales(text);
    return canonical === undefined ? rejected(`${quote(raw.trim())} is not a language code`) : parsed(canonical);
  } catch {
    return rejected(`${quote(raw.trim())} is not a language code such as en, de or pt-BR`);
  }
}

/** An IANA time zone in its canonical spelling: "europe/berlin" → "Europe/Berlin". */
export function parseTimeZone(raw: string): Parsed<string> {
  const text = raw.trim();
  const zone = canonicalTimeZone(text);
  return zone === null
    ? rejected(`${quote(text)} is not a time zone such as Europe/Berlin or America/New_York`)
    : parsed(zone);
}

/** A Telegram chat id: an integer, negative for groups. */
export function parseTelegramChatId(raw: string): Parsed<string> {
  const text = raw.trim();
  return /^-?\d{1,20}$/.test(text)
    ? parsed(text)
    : rejected(`${quote(text)} is not a Telegram chat id (digits, optionally starting with -)`);
}
