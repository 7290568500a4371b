// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number or an E.164 phone number cannot call anything, and an apostrophe would spoil it.
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** Formula-like once any leading apostrophes are set aside (so values that start with one round-trip too). */
function formulaAfterQuotes(cell: string): boolean {
  const rest = cell.replace(/^'+/, '');
  return FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest);
}

/** A cell a spreadsheet will show as text: formula-like values get a leading apostrophe. */
export function spreadsheetSafe(cell: string): string {
  return formulaAfterQuotes(cell) ? `'${cell}` : cell;
}

/** Reads back what spreadsheetSafe wrote, so an exported file imports to the same values. */
export function fromSpreadsheetSafe(cell: string): string {
  return cell.startsWith("'") && formulaAfterQuotes(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * One CSV line (no line break). Cells are made spreadsheet-safe, then quoted only when they must
 * be, the way spreadsheets write them.
 */
export function csvLine(cells: readonly string[], delimiter = ','): string {
  return cells
    .map(spreadsheetSafe)
    .map((cell) =>
      cell.includes(delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim()
        ? `"${cell.replaceAll('"', '""')}"`
        : cell,
    )
    .join(delimiter);
}

/** Header names as the user sees them: trimmed, blanks named by position, repeats numbered, so each is a mapping key. */
export function columnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, index) => {
    const base = raw.trim() === '' ? `Column ${index + 1}` : raw.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
