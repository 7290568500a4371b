import type { Journey, JourneyNode } from '../model/index';

/**
 * Replaces one node with what `update` returns, e.g. a new label or config from the inspector.
 * The updater sees the node with its kind, so it can narrow and build a correctly typed config.
 * Returns the same journey when the node is missing or `update` returns it unchanged.
 */
export function updateNode(journey: Journey, nodeId: string, update: (node: JourneyNode) => JourneyNode): Journey {
  let changed = false;
  const nodes = journey.nodes.map((node) => {
    if (node.id !== nodeId) return node;
    const updated = update(node);
    if (updated === node) return node;
    // Edges, selection and history refer to the id; changing it here would orphan them silently.
    if (updated.id !== node.id) throw new Error(`updateNode cannot change a node's id ("${node.id}")`);
    changed = true;
    return updated;
  });
  return changed ? { ...journey, nodes } : journey;
}
