import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Position } from '../../../../shared/model/index';
import type { FlowEdge, FlowNode } from '../nodes/flow-types';

const MARGIN = 24;
/** The canvas's bottom-right corner, where the minimap and its switch sit. */
const CORNER = { width: 200, height: 150 };

export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether a box (pane pixels) is fully on screen, clear of the edges and of the minimap corner. */
export function inClearView(box: ScreenBox, pane: { width: number; height: number }): boolean {
  const inside =
    box.left >= MARGIN && box.top >= MARGIN && box.right <= pane.width - MARGIN && box.bottom <= pane.height - MARGIN;
  const underCorner = box.right > pane.width - CORNER.width && box.bottom > pane.height - CORNER.height;
  return inside && !underCorner;
}

/** Moves the view (same zoom) so a box of the canvas is in clear view, if it is not already. */
export function useReveal(): (position: Position, size: { width: number; height: number }) => void {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  return useCallback(
    (position, size) => {
      const {
        width,
        height,
        transform: [x, y, zoom],
      } = flowStore.getState();
      const box = {
        left: position.x * zoom + x,
        top: position.y * zoom + y,
        right: (position.x + size.width) * zoom + x,
        bottom: (position.y + size.height) * zoom + y,
      };
      if (!width || !height || inClearView(box, { width, height })) return;
      void flow.setCenter(position.x + size.width / 2, position.y + size.height / 2, { zoom, duration: 200 });
    },
    [flow, flowStore],
  );
}
