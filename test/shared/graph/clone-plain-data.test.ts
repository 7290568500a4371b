import { describe, expect, it } from 'vitest';
import { clonePlainData } from '../../../shared/graph/clone-plain-data';

describe('clonePlainData', () => {
  it('copies nested objects and arrays so nothing is shared', () => {
    const original = { a: [1, { b: 'x' }], c: { d: null, e: true }, f: 0 };
    const copy = clonePlainData(original);
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    expect(copy.a).not.toBe(original.a);
    expect(copy.a[1]).not.toBe(original.a[1]);
    expect(copy.c).not.toBe(original.c);
  });

  it('returns primitives as they are', () => {
    for (const value of [0, 'text', false, null, undefined]) expect(clonePlainData(value)).toBe(value);
  });
});
