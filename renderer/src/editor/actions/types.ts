import type { ReactFlowInstance } from '@xyflow/react';
import type { EditorActionId, EditorActionInfo } from '../../../../shared/editor/actions';
import type { AppStore } from '../../store/app-store';
import type { FlowEdge, FlowNode } from '../nodes/flow-types';
import type { FitOptions } from '../canvas/use-fit-journey';
import type { ClipboardAccess } from './clipboard-access';

export interface ActionContext {
  store: AppStore;
  flow: ReactFlowInstance<FlowNode, FlowEdge>;
  clipboard: ClipboardAccess;
  /** Where a context menu was opened, in screen coordinates; paste and new notes go there. */
  point?: { x: number; y: number };
  openShortcuts(): void;
  /** Fit to screen, never below the zoom where steps stay readable. */
  fit(options?: FitOptions): void;
}

/** What a command does; its id, label and shortcuts are in shared/editor/actions.ts. */
export interface ActionBehaviour {
  enabled?(ctx: ActionContext): boolean;
  perform(ctx: ActionContext): void | Promise<void>;
}

/**
 * Every user command, whichever way it is invoked (toolbar, context menu, keyboard, app menu),
 * runs through one of these.
 */
export interface EditorAction extends EditorActionInfo, ActionBehaviour {
  id: EditorActionId;
}
