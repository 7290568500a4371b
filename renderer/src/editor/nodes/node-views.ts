import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../../../../shared/model/index';
import { kindUis } from '../kinds/registry';
import { defineNodeView } from './define-node-view';
import { StickyNoteView } from './StickyNoteView';

const viewOf = <K extends NodeKind>(kind: K) => defineNodeView(kind, kindUis[kind].Body);

/** Module-level so React Flow never sees a new object (which would remount every node). */
export const nodeTypes: NodeTypes = {
  ...Object.fromEntries((Object.keys(kindUis) as NodeKind[]).map((kind) => [kind, viewOf(kind)])),
  stickyNote: StickyNoteView,
};
