/** "1 contact", "3 contacts": a count with its noun, `many` when the plural is not the noun plus "s". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
