export interface TextCodec<T> {
  format(value: T): string;
  parse(text: string): T;
  same(a: T, b: T): boolean;
}

/**
 * What an input for a non-string value should show: the text being typed while it still means
 * `value` ("1." for 1, "en, " for ["en"]), otherwise `value` written out afresh (undo, a reset).
 */
export function editableText<T>(text: string, value: T, codec: TextCodec<T>): string {
  return codec.same(codec.parse(text), value) ? text : codec.format(value);
}
