import { describe, it, expect } from 'vitest';
import { checkChannelLimits } from '../../../../shared/templates/index';

const check = (payload: unknown) => checkChannelLimits('marketing', { payload });

describe('marketing payload', () => {
  it('accepts valid JSON', () => {
    expect(check('{\n  "customerId": "c-1",\n  "tags": ["a", "b"]\n}\n')).toEqual([]);
    expect(check('[1, 2]')).toEqual([]);
  });

  it('reports invalid JSON with the line and column of the problem', () => {
    // A customer value with a quote, inserted without | json, breaks the string on line 3.
    const payload = '{\n  "customerId": "c-1",\n  "name": "Anna "The Great""\n}';
    const [diagnostic] = check(payload);
    expect(diagnostic).toMatchObject({ severity: 'error', source: 'json', field: 'payload', line: 3, column: 18 });
    expect(diagnostic?.message).toMatch(/^The payload is not valid JSON after rendering: /);
    expect(diagnostic?.message).toContain('| json');
    expect(diagnostic?.message).not.toMatch(/position \d+/);
  });

  it('reports a trailing comma on its line', () => {
    expect(check('{\n  "a": 1,\n}')[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('reports truncated JSON at its end', () => {
    expect(check('{\n  "a": [1, 2')[0]).toMatchObject({ source: 'json', line: 2, column: 13 });
  });

  it('reports an empty payload', () => {
    expect(check('')[0]).toMatchObject({ source: 'json', line: 1, column: 1 });
    expect(check(undefined)[0]).toMatchObject({ source: 'json' });
  });
});
