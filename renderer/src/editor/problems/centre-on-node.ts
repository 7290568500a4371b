import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../nodes/flow-types';
import { STEP_WIDTH } from '../canvas/flow-mapping';

/** Below this zoom a step's text is unreadable; showing a problem zooms in to at least this. */
const READABLE_ZOOM = 0.75;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Pans (and, if far out, zooms) the canvas so the step sits in the middle of it. */
export function centreOnNode(flow: ReactFlowInstance<FlowNode, FlowEdge>, nodeId: string): void {
  const node = flow.getInternalNode(nodeId);
  if (!node) return;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.initialWidth ?? STEP_WIDTH;
  const height = node.measured.height ?? node.initialHeight ?? 0;
  void flow.setCenter(x + width / 2, y + height / 2, {
    zoom: Math.max(flow.getZoom(), READABLE_ZOOM),
    duration: prefersReducedMotion() ? 0 : 250,
  });
}
