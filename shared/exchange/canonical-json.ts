/**
 * JSON with the keys of every object sorted (by UTF-16 code units, so no locale can change the
 * order), two-space indentation and a trailing newline: the same data always gives the same bytes.
 * JSON.stringify cannot do this: it keeps insertion order and always puts integer-like keys first.
 * Like JSON.stringify, undefined properties are left out and non-finite numbers become null.
 */
export function canonicalJson(value: unknown): string {
  return `${write(value, '')}\n`;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function write(value: unknown, indent: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new TypeError(`A ${typeof value} cannot be written as JSON`);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item: unknown) => inner + (isAbsent(item) ? 'null' : write(item, inner)));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => !isAbsent(record[key]))
    .sort(byCodeUnits);
  if (keys.length === 0) return '{}';
  const entries = keys.map((key) => `${inner}${JSON.stringify(key)}: ${write(record[key], inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}
