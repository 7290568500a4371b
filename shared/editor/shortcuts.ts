/** A shortcut as written in the action registry: "Mod+Shift+Z", "Delete", "?", "Mod++". */
export interface ParsedShortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** Lower case: "z", "delete", "?". */
  key: string;
}

export function parseShortcut(shortcut: string): ParsedShortcut {
  // A trailing "+" is the plus key itself ("+", "Mod++").
  const plusKey = shortcut.endsWith('+');
  const parts = (plusKey ? shortcut.slice(0, -1) : shortcut).split('+').filter(Boolean);
  const key = plusKey ? '+' : parts.pop()!;
  const modifiers = new Set(parts);
  return {
    mod: modifiers.has('Mod'),
    shift: modifiers.has('Shift'),
    alt: modifiers.has('Alt'),
    key: key.toLowerCase(),
  };
}
