import type { Edge, Node } from '@xyflow/react';
import type { JourneyNode, NodeKind, StickyNote } from '../../../../shared/model/index';
import type { Severity } from '../../../../shared/validation/index';

export type Direction = 'LR' | 'TB';

export interface JourneyNodeData extends Record<string, unknown> {
  node: JourneyNode;
  direction: Direction;
  /** Diagnostics shown as a badge, from the editor's live validation. */
  problemCount: number;
  /** The worst of them, for the badge's colour; absent without problems. */
  problemSeverity?: Severity;
  /** The first message of that severity, for the badge's tooltip. */
  problemMessage?: string;
}

export interface StickyNoteData extends Record<string, unknown> {
  note: StickyNote;
}

export type JourneyFlowNode = Node<JourneyNodeData, NodeKind>;
export type StickyFlowNode = Node<StickyNoteData, 'stickyNote'>;
export type FlowNode = JourneyFlowNode | StickyFlowNode;
export type FlowEdge = Edge;

/** Notes live in the same React Flow node list; a prefix keeps their ids apart from steps. */
export const NOTE_ID_PREFIX = 'note:';
export const toNoteFlowId = (id: string) => NOTE_ID_PREFIX + id;
export const isNoteFlowId = (id: string) => id.startsWith(NOTE_ID_PREFIX);
export const fromNoteFlowId = (id: string) => id.slice(NOTE_ID_PREFIX.length);
