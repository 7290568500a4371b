import { parseShortcut } from '../../../../shared/editor/shortcuts';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  const wanted = parseShortcut(shortcut);
  const key = event.key.toLowerCase();
  if (key !== wanted.key) return false;
  if ((event.ctrlKey || event.metaKey) !== wanted.mod) return false;
  if (event.altKey !== wanted.alt) return false;
  // "?" and "+" need Shift on most layouts; the character itself is what counts.
  const isSymbol = wanted.key.length === 1 && !/[a-z0-9]/.test(wanted.key);
  return isSymbol || event.shiftKey === wanted.shift;
}

/** "Mod+Shift+Z" → "Ctrl+Shift+Z" (or "⌘⇧Z" on macOS). */
export function formatShortcut(shortcut: string, mac: boolean): string {
  const { mod, shift, alt, key } = parseShortcut(shortcut);
  const shown = key.length === 1 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1);
  if (mac) return `${mod ? '⌘' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${shown}`;
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', shown].filter(Boolean).join('+');
}

/** Typing in a field must never trigger canvas commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
