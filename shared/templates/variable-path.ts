/**
 * Variable paths as the app shows and stores them: "customer.first_name", "order.items[0].sku",
 * 'customer["first name"]'. Dotted where the key is a plain Liquid identifier, bracketed otherwise,
 * so a key containing a dot or a space can never be confused with nesting.
 */
export type VariableSegment = string | number;

// What Liquid accepts after a dot: letters, digits, "_" and "-", optionally ending in "?".
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*\??$/;

export function formatVariablePath(segments: readonly VariableSegment[]): string {
  let path = '';
  segments.forEach((segment, index) => {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += index === 0 ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  });
  return path;
}

/** The inverse of formatVariablePath; also accepts single-quoted brackets as Liquid does. Null when malformed. */
export function splitVariablePath(path: string): VariableSegment[] | null {
  const segments: VariableSegment[] = [];
  let rest = path;
  while (rest.length > 0) {
    const bracket = /^\[(?:(-?\d+)|"((?:[^"\\]|\\.)*)"|'([^']*)')\]/.exec(rest);
    if (bracket) {
      if (bracket[1] !== undefined) segments.push(Number(bracket[1]));
      else if (bracket[2] !== undefined) segments.push(JSON.parse(`"${bracket[2]}"`) as string);
      else segments.push(bracket[3] ?? '');
      rest = rest.slice(bracket[0].length);
      continue;
    }
    const word = (segments.length === 0 ? /^([A-Za-z_][A-Za-z0-9_-]*\??)/ : /^\.([A-Za-z_][A-Za-z0-9_-]*\??)/).exec(
      rest,
    );
    if (!word) return null;
    segments.push(word[1]!);
    rest = rest.slice(word[0].length);
  }
  return segments.length > 0 ? segments : null;
}
