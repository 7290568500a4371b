import { parsed, quote, rejected, type Parsed } from './result';

const WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  y: true,
  n: false,
  '1': true,
  '0': false,
};

/** true/false, yes/no, y/n, 1/0, ignoring case and surrounding spaces. */
export function parseBoolean(raw: string): Parsed<boolean> {
  const text = raw.trim();
  const value = Object.hasOwn(WORDS, text.toLowerCase()) ? WORDS[text.toLowerCase()] : undefined;
  return value === undefined ? rejected(`${quote(text)} is not yes/no: use true/false, yes/no or 1/0`) : parsed(value);
}
