import type { NodeChange } from '@xyflow/react';
import type { Position } from '../../../../shared/model/index';
import type { Size } from './flow-mapping';
import { fromNoteFlowId, isNoteFlowId, type FlowNode } from '../nodes/flow-types';

/** React Flow's change list, sorted into what the document, the selection and the size cache need. */
export interface SortedNodeChanges {
  stepPositions: Map<string, Position>;
  notePositions: Map<string, Position>;
  noteSizes: Map<string, Size>;
  /** True while a drag or resize is still going on. */
  gestureActive: boolean;
  gestureEnded: boolean;
  measured: [string, Size][];
  selected: Map<string, boolean>;
}

export function sortNodeChanges(changes: NodeChange<FlowNode>[]): SortedNodeChanges {
  const sorted: SortedNodeChanges = {
    stepPositions: new Map(),
    notePositions: new Map(),
    noteSizes: new Map(),
    gestureActive: false,
    gestureEnded: false,
    measured: [],
    selected: new Map(),
  };
  for (const change of changes) {
    if (change.type === 'position') {
      if (change.position) {
        if (isNoteFlowId(change.id)) sorted.notePositions.set(fromNoteFlowId(change.id), change.position);
        else sorted.stepPositions.set(change.id, change.position);
      }
      if (change.dragging) sorted.gestureActive = true;
      else sorted.gestureEnded = true;
    } else if (change.type === 'dimensions') {
      if (!change.dimensions) continue;
      if (isNoteFlowId(change.id)) {
        // Notes are sized by the user: only a resize gesture changes the document.
        if (change.resizing !== undefined) {
          sorted.noteSizes.set(fromNoteFlowId(change.id), change.dimensions);
          if (change.resizing) sorted.gestureActive = true;
          else sorted.gestureEnded = true;
        }
      } else {
        sorted.measured.push([change.id, change.dimensions]);
      }
    } else if (change.type === 'select') {
      sorted.selected.set(change.id, change.selected);
    }
  }
  return sorted;
}
