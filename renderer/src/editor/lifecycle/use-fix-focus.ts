import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Diagnostic } from '../../../../shared/validation/index';
import { hrefFor } from '../../app/route';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import { STEP_WIDTH } from '../canvas/flow-mapping';
import type { FlowEdge, FlowNode } from '../nodes/flow-types';

/** How long to wait for the editor's own check before showing the step without its diagnostic. */
const CHECK_WAIT_MS = 3000;

/** The problem "Fix" meant: the first error on that step, else the first error at all. */
export function problemToReveal(problems: readonly Diagnostic[], nodeId: string | undefined): Diagnostic | null {
  const errors = problems.filter((problem) => problem.severity === 'error');
  return (nodeId === undefined ? undefined : errors.find((problem) => problem.nodeId === nodeId)) ?? errors[0] ?? null;
}

/**
 * Opened from the dashboard's "Fix": open the problems panel and show the step at fault, with its
 * field focused once the editor has checked the journey. Done once; the address then drops the
 * request so going back and forth does not repeat it.
 */
export function useFixFocus(journeyId: string, request: { focus?: string; problems?: boolean }): void {
  const store = useAppStoreApi();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const checked = useAppStore((s) => s.liveProblems !== null);
  const handled = useRef(false);
  const { focus, problems } = request;
  const wanted = focus !== undefined || problems === true;

  useEffect(() => {
    if (!wanted || handled.current) return;
    if (problems) store.getState().openProblems();

    const finish = () => {
      handled.current = true;
      window.history.replaceState(window.history.state, '', hrefFor({ page: 'editor', journeyId }));
    };
    const state = store.getState();
    if (checked && state.liveProblems) {
      const diagnostic = problemToReveal(state.liveProblems, focus);
      if (diagnostic) {
        state.revealProblem(diagnostic);
        finish();
        return;
      }
    }
    if (checked && !focus) {
      finish();
      return;
    }
    // The check has not run (or found nothing on that step): show the step itself.
    const timer = setTimeout(
      () => {
        if (handled.current || !focus) return;
        const node = flow.getInternalNode(focus);
        if (node) {
          store.getState().select({ nodeIds: [focus], edgeIds: [], noteIds: [] });
          const width = node.measured.width ?? STEP_WIDTH;
          const height = node.measured.height ?? 100;
          void flow.setCenter(
            node.internals.positionAbsolute.x + width / 2,
            node.internals.positionAbsolute.y + height / 2,
            { zoom: Math.max(flow.getZoom(), 0.75), duration: 250 },
          );
        }
        finish();
      },
      checked ? 0 : CHECK_WAIT_MS,
    );
    return () => clearTimeout(timer);
  }, [checked, flow, focus, journeyId, problems, store, wanted]);
}
