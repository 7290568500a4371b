import { useCallback, useEffect, useRef } from 'react';
import { useNodesInitialized, useReactFlow, useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../nodes/flow-types';
import { fittedViewport } from './fit-journey';

export interface FitOptions {
  duration?: number;
  /** Fit these nodes only (a large journey opens on its first steps); all of them by default. */
  nodeIds?: readonly string[];
}

/** Fit to screen as the editor does it: never below the zoom where steps stay readable (fit-journey.ts). */
export function useFitJourney(): (options?: FitOptions) => void {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  return useCallback(
    ({ duration, nodeIds }: FitOptions = {}) => {
      const { width, height } = flowStore.getState();
      const wanted = nodeIds ? new Set(nodeIds) : null;
      const nodes = flow.getNodes().filter((node) => !wanted || wanted.has(node.id));
      if (!nodes.length || !width || !height) return;
      const viewport = fittedViewport(flow.getNodesBounds(nodes), { width, height });
      void flow.setViewport(viewport, duration ? { duration } : undefined);
    },
    [flow, flowStore],
  );
}

/** Fits the journey once, when its steps have their sizes (the editor's Fit, not React Flow's). */
export function useFitOnOpen(wanted: boolean) {
  const fit = useFitJourney();
  const measured = useNodesInitialized();
  const done = useRef(!wanted);
  useEffect(() => {
    if (done.current || !measured) return;
    done.current = true;
    fit();
  }, [fit, measured]);
}
