import type { TextCodec } from './editable-text';

/** "" and anything that is not a number read as NaN, which the schema reports as "Enter a number". */
export const numberCodec: TextCodec<number> = {
  format: (value) => (Number.isNaN(value) ? '' : String(value)),
  parse: (text) => (text.trim() === '' ? Number.NaN : Number(text)),
  same: (a, b) => Object.is(a, b) || a === b,
};
