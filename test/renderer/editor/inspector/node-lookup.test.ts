import { describe, expect, it } from 'vitest';
import { createIdLookup } from '../../../../renderer/src/editor/inspector/node-lookup';

type Item = { id: string; n: number };

function countingList(size: number) {
  let reads = 0;
  const items = Array.from({ length: size }, (_, index) => ({ id: `n${index}`, n: index }));
  const watched = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: watched as Item[], reads: () => reads, reset: () => (reads = 0) };
}

describe('createIdLookup', () => {
  it('finds an item by id and returns undefined for a missing one or no list', () => {
    const find = createIdLookup<Item>();
    const items = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    expect(find(items, 'b')).toBe(items[1]);
    expect(find(items, 'zz')).toBeUndefined();
    expect(find(undefined, 'a')).toBeUndefined();
    expect(find(items, null)).toBeUndefined();
  });

  it('answers from cache when neither the list nor the id changed', () => {
    const find = createIdLookup<Item>();
    const list = countingList(1000);
    find(list.items, 'n900');
    list.reset();
    expect(find(list.items, 'n900')?.n).toBe(900);
    expect(list.reads()).toBe(0);
  });

  it('hits in O(1) when a new list keeps the node where it was (an edit, a drag)', () => {
    const find = createIdLookup<Item>();
    const first = countingList(1000);
    find(first.items, 'n900');
    const second = countingList(1000);
    expect(find(second.items, 'n900')?.n).toBe(900);
    expect(second.reads()).toBe(1);
  });

  it('scans again when the node moved in the list', () => {
    const find = createIdLookup<Item>();
    const items = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'c', n: 3 },
    ];
    expect(find(items, 'c')?.n).toBe(3);
    const reordered = [items[2]!, items[0]!, items[1]!];
    expect(find(reordered, 'c')).toBe(items[2]);
    expect(find(reordered.slice(1), 'c')).toBeUndefined();
  });
});
