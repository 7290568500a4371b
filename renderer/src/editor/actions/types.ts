import type { ReactFlowInstance } from '@xyflow/react';
import type { AppStore } from '../../store/app-store';
import type { FlowEdge, FlowNode } from '../nodes/flow-types';
import type { ClipboardAccess } from './clipboard-access';

export interface ActionContext {
  store: AppStore;
  flow: ReactFlowInstance<FlowNode, FlowEdge>;
  clipboard: ClipboardAccess;
  /** Where a context menu was opened, in screen coordinates; paste and new notes go there. */
  point?: { x: number; y: number };
  openShortcuts(): void;
}

export type ActionGroup = 'edit' | 'select' | 'arrange' | 'view' | 'help';

/**
 * Every user command, whichever way it is invoked (toolbar, context menu, keyboard, app menu),
 * runs through one of these.
 */
export interface EditorAction {
  id: string;
  label: string;
  group: ActionGroup;
  /** "Mod" is Ctrl, or ⌘ on macOS. The first is shown; all of them work. */
  shortcuts?: string[];
  /** Copy, cut and paste also arrive as clipboard events; their keys are not handled as keydowns. */
  viaClipboardEvent?: boolean;
  enabled?(ctx: ActionContext): boolean;
  perform(ctx: ActionContext): void | Promise<void>;
}
