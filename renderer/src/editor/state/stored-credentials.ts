import type { Journey } from '../../../../shared/model/index';

/**
 * The document as sent, with each webhook step the store rewrote taken from the stored document:
 * a save moves credentials typed into a webhook into the secret store and keeps a reference, and
 * the editor must show that reference, not the typed value, from then on. Returns `sent` itself
 * when the store rewrote nothing.
 */
export function withStoredCredentials(sent: Journey, stored: Journey): Journey {
  const storedById = new Map(stored.nodes.map((node) => [node.id, node]));
  let changed = false;
  const nodes = sent.nodes.map((node) => {
    const kept = storedById.get(node.id);
    if (node.kind !== 'webhook' || kept?.kind !== 'webhook') return node;
    if (JSON.stringify(kept.config) === JSON.stringify(node.config)) return node;
    changed = true;
    return { ...node, config: kept.config };
  });
  return changed ? { ...sent, nodes } : sent;
}
