import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store';
import { markEdges } from '../try-it/mark-edges';
import { useTryIt } from '../try-it/try-it-store';
import { createFlowMapper, type Size } from './flow-mapping';

/** The React Flow node and edge lists for the open journey, plus the measured sizes of steps. */
export function useFlowElements() {
  const { journey, selection, direction, problems } = useAppStore(
    useShallow((s) => ({
      journey: s.journey,
      selection: s.selection,
      direction: s.direction,
      problems: s.nodeProblems,
    })),
  );
  const [mapper] = useState(createFlowMapper);
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());

  const nodes = useMemo(
    () => (journey ? mapper.nodes(journey, selection, sizes, direction, problems) : []),
    [mapper, journey, selection, sizes, direction, problems],
  );
  const mapped = useMemo(() => (journey ? mapper.edges(journey, selection) : []), [mapper, journey, selection]);
  const edgeMarks = useTryIt((s) => s.edgeMarks);
  const edgeCounts = useTryIt((s) => s.edgeCounts);
  // Try it lays the path it shows over the connections; only those it marks become new objects.
  const edges = useMemo(() => markEdges(mapped, edgeMarks, edgeCounts), [mapped, edgeMarks, edgeCounts]);

  /** Measurements arrive in batches (all steps at first paint, then one at a time). */
  const recordSizes = useCallback((measured: readonly [string, Size][]) => {
    setSizes((current) => {
      const changed = measured.filter(([id, size]) => {
        const known = current.get(id);
        return known?.width !== size.width || known.height !== size.height;
      });
      if (!changed.length) return current;
      const next = new Map(current);
      for (const [id, size] of changed) next.set(id, size);
      return next;
    });
  }, []);

  return { journey, nodes, edges, sizes, recordSizes };
}
