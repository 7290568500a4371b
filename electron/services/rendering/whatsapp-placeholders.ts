/**
 * WhatsApp's numbered placeholders ({{1}}, {{2}}) look like Liquid outputs but are filled by
 * WhatsApp from the values sent with the message. They are swapped for inert markers of the same
 * length while Liquid runs (so line and column numbers stay true) and put back afterwards.
 */
const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;
const MARKER = /\uE000(\d+)\uE001*/g;

export function protectPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (match, n: string) => `\uE000${n}${'\uE001'.repeat(match.length - n.length - 1)}`);
}

export function restorePlaceholders(text: string): string {
  return text.replace(MARKER, (_, n: string) => `{{${n}}}`);
}

/** The body as the recipient reads it: each {{n}} replaced by its rendered parameter, if any. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (match, n: string) => values[n] ?? match);
}
