import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { JourneyNode } from '../../../../shared/model/index';
import { useAppStore } from '../../store/app-store';
import { createIdLookup } from './node-lookup';

type WithoutPosition<N> = N extends JourneyNode ? Omit<N, 'position'> : never;

/** The parts of a node the inspector shows, kind and config still paired for narrowing. */
export type InspectedNode = WithoutPosition<JourneyNode>;

/** The id of the one selected node, or null for none or several; a primitive, so cheap to compare. */
export function useSingleSelectedNodeId(): string | null {
  return useAppStore((s) => (s.selection.nodeIds.length === 1 ? (s.selection.nodeIds[0] ?? null) : null));
}

export function useSelectedNodeCount(): number {
  return useAppStore((s) => s.selection.nodeIds.length);
}

/**
 * Subscribes to one node without re-rendering on unrelated changes: the lookup is O(1) per store
 * change (see createIdLookup), and position is left out so dragging the node does not re-render
 * the form; only its label or config changing does.
 */
export function useInspectedNode(id: string | null): InspectedNode | null {
  const [lookup] = useState(() => createIdLookup<JourneyNode>());
  return useAppStore(
    useShallow((s) => {
      const node = lookup(s.journey?.nodes, id);
      if (!node) return null;
      return { id: node.id, kind: node.kind, label: node.label, config: node.config } as InspectedNode;
    }),
  );
}
