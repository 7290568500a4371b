import { useSyncExternalStore } from 'react';
import type { EditorActionId } from '../../../../shared/editor/actions';
import { useAppStoreApi } from '../../store/app-store';
import { actionById, isEnabled, runAction } from '../actions/editor-actions';
import { formatShortcut } from '../actions/shortcuts';
import type { ActionContext } from '../actions/types';
import { isMac } from './platform';

interface ActionButtonProps {
  actionId: EditorActionId;
  makeContext: () => ActionContext;
  children?: React.ReactNode;
}

/** A toolbar button for an action: its label, shortcut hint and enabled state come from the action. */
export function ActionButton({ actionId, makeContext, children }: ActionButtonProps) {
  const store = useAppStoreApi();
  const action = actionById[actionId];
  // Re-evaluated on every store change, but only a boolean reaches React.
  const enabled = useSyncExternalStore(store.subscribe, () => isEnabled(action, makeContext()));
  const shortcut = action.shortcuts?.[0];
  const hint = shortcut ? `${action.label} (${formatShortcut(shortcut, isMac())})` : action.label;
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={action.label}
      title={hint}
      disabled={!enabled}
      onClick={() => void runAction(actionId, makeContext())}
    >
      {children ?? action.label}
    </button>
  );
}
