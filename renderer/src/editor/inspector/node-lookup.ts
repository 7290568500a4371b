/**
 * Finds one item by id in a list that the store replaces on every edit, cheaply enough to run as a
 * selector on each store change. It remembers the last list and the position of the last hit: an
 * unrelated change (save status, selection of nothing) returns the cached answer, and a node edit
 * or drag keeps positions, so the hint hits in O(1). Only reordering or removal pays a scan.
 */
export function createIdLookup<T extends { readonly id: string }>() {
  let lastItems: readonly T[] | undefined;
  let lastId: string | null = null;
  let lastResult: T | undefined;
  let hint = -1;

  return function find(items: readonly T[] | undefined, id: string | null): T | undefined {
    if (items === lastItems && id === lastId) return lastResult;
    lastItems = items;
    lastId = id;
    if (items === undefined || id === null) {
      lastResult = undefined;
      return undefined;
    }
    const guess = items[hint];
    if (guess?.id === id) {
      lastResult = guess;
      return guess;
    }
    hint = items.findIndex((item) => item.id === id);
    lastResult = hint === -1 ? undefined : items[hint];
    return lastResult;
  };
}
