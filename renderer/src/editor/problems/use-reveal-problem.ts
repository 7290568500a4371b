import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import type { FlowEdge, FlowNode } from '../nodes/flow-types';
import { centreOnNode } from './centre-on-node';
import { diagnosticTarget } from './diagnostic-target';
import { focusFieldWhenReady } from './focus-field';

/**
 * Carries out the store's reveal requests (a click in the problems list, or "Fix" from elsewhere):
 * selects the step or edge, centres it, opens its inspector and focuses the field the path names.
 */
export function useRevealProblem(): void {
  const store = useAppStoreApi();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const request = useAppStore((s) => s.problemFocus);
  const cancelFocus = useRef<(() => void) | null>(null);

  useEffect(() => () => cancelFocus.current?.(), []);

  useEffect(() => {
    if (!request) return;
    const state = store.getState();
    state.finishProblemFocus(request.id);
    if (!state.journey) return;
    cancelFocus.current?.();
    cancelFocus.current = null;

    const target = diagnosticTarget(state.journey, request.diagnostic);
    switch (target.kind) {
      case 'node':
        state.select({ nodeIds: [target.nodeId], edgeIds: [], noteIds: [] });
        centreOnNode(flow, target.nodeId);
        // A problem about the step as a whole (an open output) has no field: focus stays in the list.
        if (target.field !== '')
          cancelFocus.current = focusFieldWhenReady({ kind: 'node', nodeId: target.nodeId }, target.field);
        return;
      case 'edge':
        state.select({ nodeIds: [], edgeIds: [target.edgeId], noteIds: [] });
        if (target.nodeId) centreOnNode(flow, target.nodeId);
        return;
      case 'journey':
        // With nothing selected the inspector shows the journey's own settings.
        state.select({ nodeIds: [], edgeIds: [], noteIds: [] });
        cancelFocus.current = focusFieldWhenReady({ kind: 'journey' }, target.field);
        return;
      case 'none':
        return;
    }
  }, [flow, request, store]);
}
