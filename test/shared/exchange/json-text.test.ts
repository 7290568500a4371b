import { describe, expect, it } from 'vitest';
import { JsonTextError, MAX_JSON_DEPTH, parseJsonText } from '../../../shared/exchange/index';

function failure(text: string): JsonTextError {
  try {
    parseJsonText(text);
  } catch (error) {
    if (error instanceof JsonTextError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(text)} parsed`);
}

describe('parseJsonText', () => {
  it('reads what JSON.parse reads', () => {
    const samples = [
      '{"a": [1, -2.5e3, 0, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00\\/"}}',
      '  "just a string"  ',
      '[]',
      '{}',
      '-0',
      '1E+2',
      '[[[]]]',
      '{"constructor": 1, "prototype": 2, "toString": 3}',
    ];
    for (const text of samples) expect(parseJsonText(text)).toEqual(JSON.parse(text));
  });

  it('skips a byte order mark', () => {
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ a: 1 });
  });

  it('says where the problem is, by line and column, in words', () => {
    const error = failure('{\n  "a": 1,\n  "b": 2\n  "c": 3\n}');
    expect(error).toMatchObject({
      line: 4,
      column: 3,
      reason: 'Expected "," or "}" after a property value, found "\\""',
    });
    expect(error.message).toBe('line 4, column 3: Expected "," or "}" after a property value, found "\\""');
  });

  it.each([
    ['', 1, 1, 'The file is empty: expected a JSON object'],
    ['{"a": 1', 1, 8, 'Expected "," or "}" after a property value, found the end of the file'],
    ['{"a" 1}', 1, 6, 'Expected ":" after the property name "a", found "1"'],
    ["{'a': 1}", 1, 2, `Expected a property name in double quotes, found "'"`],
    ['{"a": 1,}', 1, 9, 'Expected a property name in double quotes, found "}"'],
    ['[1, 2', 1, 6, 'Expected "," or "]" after an array item, found the end of the file'],
    ['{"a": tru}', 1, 7, 'Expected a value (an object, array, string, number, true, false or null), found "t"'],
    ['{"a": "open', 1, 7, 'A string is not closed: the file ends before its closing quote'],
    [
      '{"a": "x\ty"}',
      1,
      9,
      'A string cannot contain a line break, tab or other control character; write it as an escape such as \\n',
    ],
    ['{"a": "\\q"}', 1, 8, 'Invalid escape "\\q" in a string'],
    ['{"a": "\\u12G4"}', 1, 8, '"\\u" must be followed by four hexadecimal digits'],
    ['{"a": -}', 1, 7, 'Invalid number, found "-"'],
    ['{"a": 1} x', 1, 10, 'Unexpected "x" after the end of the JSON value'],
    ['{"a": 1, "a": 2}', 1, 10, 'The key "a" appears twice in the same object'],
    ['{"x": {"__proto__": {"polluted": true}}}', 1, 8, 'The key "__proto__" is not allowed'],
  ])('refuses %j at line %i, column %i: %s', (text, line, column, reason) => {
    expect(failure(text)).toMatchObject({ line, column, reason });
  });

  it('refuses nesting deeper than the limit before it can exhaust the stack', () => {
    expect(parseJsonText('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeDefined();
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(failure(deep)).toMatchObject({
      column: MAX_JSON_DEPTH + 1,
      reason: `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep`,
    });
    const hostile = '{"a":'.repeat(1_000_000);
    expect(failure(hostile).reason).toContain('nested more than');
  });

  it('never pollutes Object.prototype, whatever the keys', () => {
    const parsed = parseJsonText('{"constructor": {"prototype": {"polluted": true}}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(parsed, 'constructor')).toBe(true);
  });
});
