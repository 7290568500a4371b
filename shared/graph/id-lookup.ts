/** Values keyed by id: a Map (the canvas's measured sizes, drag state) or a plain record both work. */
export type ById<T> = ReadonlyMap<string, T> | Readonly<Record<string, T>>;

export function lookupById<T>(values: ById<T>): (id: string) => T | undefined {
  if (values instanceof Map) return (id) => values.get(id);
  const record = values as Readonly<Record<string, T>>;
  // hasOwn so an id such as "constructor" never reads the prototype.
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}
