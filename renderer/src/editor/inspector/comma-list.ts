/** "en, pt-BR,, fr " → ["en", "pt-BR", "fr"]: blanks between commas are typing, not items. */
export function parseCommaList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function formatCommaList(items: readonly string[]): string {
  return items.join(', ');
}
