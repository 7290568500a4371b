import { useEffect, useRef } from 'react';
import type { EditorActionId } from '../../../../shared/editor/actions';
import { actionById, isEnabled, runAction } from '../actions/editor-actions';
import { formatShortcut } from '../actions/shortcuts';
import type { ActionContext } from '../actions/types';
import type { ContextTarget } from '../canvas/JourneyCanvas';
import { isMac } from './platform';

const ITEMS: Record<ContextTarget['type'], EditorActionId[]> = {
  node: ['cut', 'copy', 'duplicate', 'delete'],
  edge: ['delete'],
  pane: ['paste', 'addNote', 'selectAll', 'tidyLeftToRight', 'tidyTopToBottom', 'fitView'],
};

interface ContextMenuProps {
  target: ContextTarget;
  at: { x: number; y: number };
  makeContext: (extra?: { point?: { x: number; y: number } }) => ActionContext;
  onClose(): void;
}

/** Right-click menu: the same actions as the toolbar and keyboard, for what was clicked. */
export function ContextMenu({ target, at, makeContext, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const context = makeContext({ point: at });

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([disabled])')?.focus();
    const close = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [onClose]);

  function move(event: React.KeyboardEvent) {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      ref={menu}
      role="menu"
      aria-label="Canvas menu"
      className="context-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={move}
    >
      {ITEMS[target.type].map((id) => {
        const action = actionById[id];
        const shortcut = action.shortcuts?.[0];
        return (
          <button
            key={id}
            type="button"
            role="menuitem"
            disabled={!isEnabled(action, context)}
            onClick={() => {
              onClose();
              void runAction(id, context);
            }}
          >
            <span>{action.label}</span>
            {shortcut && <kbd>{formatShortcut(shortcut, isMac())}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
