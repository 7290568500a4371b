const BEYOND_ASCII = /[\u0080-\uffff]/;

/**
 * Case folding for every case-insensitive comparison in the audience code: filter rules, choice
 * options and duplicate-key checks.
 *
 * Only ASCII letters A–Z are folded. That is deliberate: SQLite's built-in lower() and NOCASE fold
 * only ASCII, and filters run both here (the pure evaluator) and as SQL (filterToSql); folding more
 * here would make the two disagree. So "berlin" matches "BERLIN", but "É" and "é" stay different.
 * It also avoids locale traps of full Unicode folding ("İ".toLowerCase() is two characters).
 */
export function foldCase(text: string): string {
  // Most values have no capitals, or are already folded: skip the allocation then.
  if (!/[A-Z]/.test(text)) return text;
  // On ASCII-only text toLowerCase folds exactly A–Z, and much faster than replacing run by run.
  return !BEYOND_ASCII.test(text) ? text.toLowerCase() : text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/**
 * Text as it is stored and compared: trimmed, in Unicode NFC so a "é" typed as e + accent matches
 * the precomposed "é" (imports and filter values go through this; stored data is compared as is).
 */
export function cleanText(text: string): string {
  return text.trim().normalize('NFC');
}
