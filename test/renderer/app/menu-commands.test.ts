import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/contract/index';
import { actionById } from '../../../renderer/src/editor/actions/editor-actions';
import { routeMenuCommand } from '../../../renderer/src/app/menu-commands';

describe('menu commands', () => {
  it('every menu command is an editor action', () => {
    for (const command of MENU_COMMANDS) expect(actionById.has(command), command).toBe(true);
  });

  it('text fields keep native undo, redo and select all; the canvas gets the rest', () => {
    expect(routeMenuCommand('undo', { typing: true, canvasOpen: true })).toBe('native');
    expect(routeMenuCommand('selectAll', { typing: true, canvasOpen: true })).toBe('native');
    expect(routeMenuCommand('delete', { typing: true, canvasOpen: true })).toBe('ignore');
    expect(routeMenuCommand('undo', { typing: false, canvasOpen: true })).toBe('canvas');
    expect(routeMenuCommand('tidyLeftToRight', { typing: false, canvasOpen: true })).toBe('canvas');
    expect(routeMenuCommand('undo', { typing: false, canvasOpen: false })).toBe('ignore');
  });
});
