import { useRef } from 'react';

/**
 * Remembers what each variant of a union held (an audience type, a delay mode) while the form is
 * open, so switching away and back restores it instead of starting from the defaults again.
 */
export function useVariantMemory<Key extends string, Value>() {
  const memory = useRef(new Map<Key, Value>());
  return {
    switchTo(current: Value, currentKey: Key, nextKey: Key, fresh: () => Value): Value {
      memory.current.set(currentKey, current);
      return memory.current.get(nextKey) ?? fresh();
    },
  };
}
