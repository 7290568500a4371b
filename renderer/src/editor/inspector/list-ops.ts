// Immutable list edits shared by the list editors. Out-of-range indexes return the list unchanged.

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  if (index < 0 || index >= items.length) return items.slice();
  const next = items.slice();
  next[index] = item;
  return next;
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  if (index < 0 || index >= items.length) return items.slice();
  return [...items.slice(0, index), ...items.slice(index + 1)];
}

/** Moves one item to `to`, shifting the others; used for move up/down of ordered rows. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return items.slice();
  const next = items.slice();
  const [moved] = next.splice(from, 1) as [T];
  next.splice(to, 0, moved);
  return next;
}
