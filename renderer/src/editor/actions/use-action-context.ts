import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useAppStoreApi } from '../../store/app-store';
import { useFitJourney } from '../canvas/use-fit-journey';
import type { FlowEdge, FlowNode } from '../nodes/flow-types';
import { systemClipboard, type ClipboardAccess } from './clipboard-access';
import type { ActionContext } from './types';

/** Builds the context an action runs in; call it at the moment the command is invoked. */
export function useActionContext(openShortcuts: () => void) {
  const store = useAppStoreApi();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const fit = useFitJourney();
  return useCallback(
    (extra: { clipboard?: ClipboardAccess; point?: { x: number; y: number } } = {}): ActionContext => ({
      store,
      flow,
      clipboard: extra.clipboard ?? systemClipboard,
      ...(extra.point ? { point: extra.point } : {}),
      openShortcuts,
      fit,
    }),
    [store, flow, openShortcuts, fit],
  );
}
