import { describe, expect, it } from 'vitest';
import { joinDelayDate, splitDelayDate } from '../../../../renderer/src/editor/inspector/delay-date';
import { appendListKey, fitListKeys, listKeys } from '../../../../renderer/src/editor/inspector/fields/list-keys';
import { moveItem, removeAt, replaceAt } from '../../../../renderer/src/editor/inspector/list-ops';
import { sameJsonValue } from '../../../../renderer/src/editor/inspector/same-json-value';

describe('list ops', () => {
  it('moves, removes and replaces without touching the input', () => {
    const items = ['a', 'b', 'c'];
    expect(moveItem(items, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(items, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(removeAt(items, 1)).toEqual(['a', 'c']);
    expect(replaceAt(items, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('leaves the list as it is for out-of-range indexes', () => {
    expect(moveItem(['a', 'b'], 0, 2)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], -1, 0)).toEqual(['a', 'b']);
    expect(removeAt(['a'], 3)).toEqual(['a']);
    expect(replaceAt(['a'], 1, 'x')).toEqual(['a']);
  });
});

describe('list keys', () => {
  it('gives new rows fresh keys and never reuses one', () => {
    const start = listKeys(2);
    expect(start.keys).toEqual([0, 1]);
    const shrunk = fitListKeys(start, 1);
    expect(shrunk.keys).toEqual([0]);
    expect(fitListKeys(shrunk, 3).keys).toEqual([0, 2, 3]);
    expect(appendListKey(shrunk).keys).toEqual([0, 2]);
    expect(fitListKeys(start, 2)).toBe(start);
  });
});

describe('delay dates', () => {
  it('splits off and restores the UTC marker', () => {
    expect(splitDelayDate('2025-06-01T09:30Z')).toEqual({ local: '2025-06-01T09:30', utc: true });
    expect(splitDelayDate('2025-06-01T09:30')).toEqual({ local: '2025-06-01T09:30', utc: false });
    expect(joinDelayDate({ local: '2025-06-01T09:30', utc: true })).toBe('2025-06-01T09:30Z');
    expect(joinDelayDate({ local: '', utc: true })).toBe('');
  });
});

describe('sameJsonValue', () => {
  it('compares structure, ignoring key order and undefined keys', () => {
    expect(sameJsonValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameJsonValue({ a: 1, v: undefined }, { a: 1 })).toBe(true);
    expect(sameJsonValue([1, 2], [2, 1])).toBe(false);
    expect(sameJsonValue({ a: [] }, { a: {} })).toBe(false);
    expect(sameJsonValue(Number.NaN, Number.NaN)).toBe(true);
    expect(sameJsonValue(null, {})).toBe(false);
  });
});
