import { describe, expect, it } from 'vitest';
import { editorActions } from '../../../../renderer/src/editor/actions/editor-actions';
import { parseShortcut } from '../../../../shared/editor/shortcuts';
import { formatShortcut, matchesShortcut } from '../../../../renderer/src/editor/actions/shortcuts';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('parses modifiers and the plus key', () => {
    expect(parseShortcut('Mod+Shift+Z')).toEqual({ mod: true, shift: true, alt: false, key: 'z' });
    expect(parseShortcut('+')).toEqual({ mod: false, shift: false, alt: false, key: '+' });
    expect(parseShortcut('Mod++')).toEqual({ mod: true, shift: false, alt: false, key: '+' });
  });

  it('matches Ctrl on Windows/Linux and Cmd on macOS for Mod', () => {
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('z', { metaKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('z'), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
  });

  it('treats symbols by their character, whatever Shift it took to type them', () => {
    expect(matchesShortcut(key('?', { shiftKey: true }), '?')).toBe(true);
    expect(matchesShortcut(key('+', { shiftKey: true }), '+')).toBe(true);
    expect(matchesShortcut(key('L', { shiftKey: true }), 'Shift+L')).toBe(true);
    expect(matchesShortcut(key('l'), 'Shift+L')).toBe(false);
  });

  it('formats for each platform', () => {
    expect(formatShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatShortcut('Delete', false)).toBe('Delete');
  });

  it('no two actions claim the same shortcut', () => {
    const seen = new Map<string, string>();
    for (const action of editorActions) {
      for (const shortcut of action.shortcuts ?? []) {
        expect(seen.get(shortcut), `${shortcut} is used by ${seen.get(shortcut)} and ${action.id}`).toBeUndefined();
        seen.set(shortcut, action.id);
      }
    }
    expect(seen.size).toBeGreaterThan(15);
  });
});
