import { parsed, quote, rejected, type Parsed } from './result';

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
// Thousands grouped by commas, as spreadsheets export them: 1,234 or 1,234,567.89.
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const LONG_INTEGER = /^[+-]?\d{16,}$/;

/**
 * A decimal number. The decimal separator is always "."; a comma is accepted only as a thousands
 * separator in groups of three ("1,234.5" is 1234.5). So "1,5" is rejected instead of being read
 * as 1.5 or 15, and "1.234,5" is rejected: a file in that convention must be converted first.
 * Exponents ("1.2E+3", as spreadsheets write big numbers) are fine; NaN, Infinity, hex, units,
 * currency symbols and spaces inside the number are not.
 */
export function parseNumber(raw: string): Parsed<number> {
  const text = raw.trim();
  let digits: string;
  if (PLAIN.test(text)) digits = text;
  else if (GROUPED.test(text)) digits = text.replaceAll(',', '');
  else if (/^[+-]?[\d.,]+$/.test(text) && text.includes(',')) {
    return rejected(
      `${quote(text)} is not a number: use "." for decimals; "," may only group thousands, as in 1,234.5`,
    );
  } else return rejected(`${quote(text)} is not a number`);
  const value = Number(digits);
  if (!Number.isFinite(value)) return rejected(`${quote(text)} is too large`);
  if (LONG_INTEGER.test(digits) && !Number.isSafeInteger(value)) {
    return rejected(`${quote(text)} has too many digits to keep exactly; store it as a text field`);
  }
  // -0 and 0 are one number to a person; JSON would write both as 0 anyway.
  return parsed(value === 0 ? 0 : value);
}
