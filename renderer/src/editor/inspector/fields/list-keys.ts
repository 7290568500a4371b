/**
 * Stable React keys for the rows of a list whose items carry no id (headers, rules), so a row's
 * inputs, and the focus in them, follow the row when it moves.
 */
export interface ListKeys {
  readonly keys: readonly number[];
  readonly next: number;
}

export function listKeys(length: number): ListKeys {
  return { keys: Array.from({ length }, (_, index) => index), next: length };
}

/** Fits the keys to a list that changed length from outside (undo, a reset): extra rows get new keys. */
export function fitListKeys(state: ListKeys, length: number): ListKeys {
  if (state.keys.length === length) return state;
  if (state.keys.length > length) return { ...state, keys: state.keys.slice(0, length) };
  const added = Array.from({ length: length - state.keys.length }, (_, index) => state.next + index);
  return { keys: [...state.keys, ...added], next: state.next + added.length };
}

export function appendListKey(state: ListKeys): ListKeys {
  return { keys: [...state.keys, state.next], next: state.next + 1 };
}
