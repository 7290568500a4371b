import { describe, expect, it } from 'vitest';
import {
  applyUnknownColumns,
  choiceOf,
  keyFromColumn,
  mappingOf,
  mappingProblem,
} from '../../../renderer/src/audience/import/mapping-choices';
import { formatEta, progressFraction, rejectRows } from '../../../renderer/src/audience/import/import-format';
import { parseCsv } from '../../../renderer/src/audience/import/parse-csv';
import { fieldKeyProblem } from '../../../shared/audience/index';

describe('column mapping choices', () => {
  it('round-trips a mapping through its select value', () => {
    expect(choiceOf({ to: 'field', key: 'email' })).toBe('field:email');
    expect(mappingOf('field:email', 'E-mail')).toEqual({ to: 'field', key: 'email' });
    expect(mappingOf('new:number', 'Loyalty points')).toEqual({ to: 'newField', key: 'loyaltyPoints', type: 'number' });
    expect(mappingOf('ignore', 'x')).toEqual({ to: 'ignore' });
    expect(mappingOf('new:nonsense', 'x')).toEqual({ to: 'ignore' });
    expect(choiceOf(undefined)).toBe('ignore');
  });

  it('makes valid field keys from headers', () => {
    for (const header of ['Loyalty tier', '2nd phone', 'Ünïcode Naïve', '---', 'already_ok']) {
      const key = keyFromColumn(header);
      expect(fieldKeyProblem(key) === null || /built-in/.test(fieldKeyProblem(key) ?? '')).toBe(true);
    }
    expect(keyFromColumn('Loyalty tier')).toBe('loyaltyTier');
    expect(keyFromColumn('2nd phone')).toBe('f2ndPhone');
  });

  it('requires customerId and one column per field', () => {
    expect(mappingProblem({ a: { to: 'field', key: 'email' } })).toMatch(/Customer ID/);
    expect(
      mappingProblem({
        a: { to: 'field', key: 'customerId' },
        b: { to: 'field', key: 'email' },
        c: { to: 'field', key: 'email' },
      }),
    ).toMatch(/Two columns/);
    expect(mappingProblem({ a: { to: 'field', key: 'customerId' }, b: { to: 'ignore' } })).toBeNull();
  });

  it('creates or ignores the columns without a field, leaving mapped ones alone', () => {
    const mapping = { id: { to: 'field', key: 'customerId' }, Tier: { to: 'ignore' } } as const;
    const created = applyUnknownColumns(mapping, ['id', 'Tier'], 'create');
    expect(created).toEqual({
      id: { to: 'field', key: 'customerId' },
      Tier: { to: 'newField', key: 'tier', type: 'text' },
    });
    expect(applyUnknownColumns(created, ['id', 'Tier'], 'ignore')).toEqual(mapping);
  });
});

describe('progress and rejects', () => {
  it('formats the time left', () => {
    expect(formatEta(null)).toBe('estimating…');
    expect(formatEta(0.2)).toBe('less than a second');
    expect(formatEta(42)).toBe('about 42 s');
    expect(formatEta(200)).toBe('about 3 min 20 s');
    expect(formatEta(7300)).toBe('about 2 h 1 min');
  });

  it('works out the fraction done from speed and time left', () => {
    expect(progressFraction(500, 100, 5)).toBe(0.5);
    expect(progressFraction(10, 0, null)).toBeNull();
  });

  it('reads the rejects report', () => {
    const csv =
      'line,reason,customerId,email\r\n3,"email: not an address, see ""x""",c3,bad\n7,customerId missing,,a@b.c\n';
    expect(parseCsv(csv)[1]).toEqual(['3', 'email: not an address, see "x"', 'c3', 'bad']);
    expect(rejectRows(parseCsv(csv))).toEqual([
      { line: '3', reason: 'email: not an address, see "x"' },
      { line: '7', reason: 'customerId missing' },
    ]);
  });
});
