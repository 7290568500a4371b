import { describe, expect, it } from 'vitest';
import { MenuCommandEventSchema } from '../../../shared/contract/index';
import { EDITOR_ACTIONS, EDITOR_ACTION_IDS } from '../../../shared/editor/actions';
import { actionById, editorActions } from '../../../renderer/src/editor/actions/editor-actions';
import { routeMenuCommand } from '../../../renderer/src/app/menu-commands';

describe('menu commands', () => {
  it('every action id of the shared registry has a renderer action, with the registry label and shortcuts', () => {
    expect(editorActions.map((action) => action.id)).toEqual(EDITOR_ACTION_IDS);
    for (const id of EDITOR_ACTION_IDS) {
      const action = actionById[id];
      expect(typeof action.perform, id).toBe('function');
      expect(action.label, id).toBe(EDITOR_ACTIONS[id].label);
      expect(action.shortcuts, id).toEqual(EDITOR_ACTIONS[id].shortcuts);
    }
  });

  it('the menu event carries an action id and nothing else', () => {
    for (const id of EDITOR_ACTION_IDS) expect(MenuCommandEventSchema.parse({ action: id })).toEqual({ action: id });
    const refused = MenuCommandEventSchema.safeParse({ action: 'formatDisk' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['action']);
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
