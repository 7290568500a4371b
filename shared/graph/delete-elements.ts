import type { Journey, JourneyEdge } from '../model/index';
import { ConnectionRules } from './connection-rules';
import type { NewId } from './new-id';

export interface DeleteSelection {
  readonly nodeIds?: Iterable<string>;
  readonly edgeIds?: Iterable<string>;
  readonly noteIds?: Iterable<string>;
}

export interface DeleteElementsArgs extends DeleteSelection {
  /**
   * Bridge the gap a deleted step leaves: for every deleted step with exactly one outgoing edge,
   * each edge coming into it from a step that stays is replaced by one from the same output to
   * that outgoing edge's target. A bridge that would break a connection rule (its target is
   * deleted too, the output is taken, it would loop back or lead into an entry) is skipped.
   * Edges touching a deleted step count as removed with it even when also listed in `edgeIds`
   * (the canvas lists them), so listing them does not prevent a bridge.
   * Defaults to `reconnectsByDefault`: deleting one step that sits in a chain heals the chain;
   * deleting several is taken literally, since bridging across a whole selection would surprise.
   */
  readonly reconnect?: boolean;
  /** Ids for the bridging edges. */
  readonly newId: NewId;
}

function existingIds(items: readonly { readonly id: string }[], wanted: Iterable<string> | undefined): Set<string> {
  const ids = new Set(wanted);
  return ids.size === 0 ? ids : new Set(items.filter((item) => ids.has(item.id)).map((item) => item.id));
}

/** True when the selection is a single step with exactly one edge in and one edge out. */
export function reconnectsByDefault(journey: Journey, { nodeIds }: Pick<DeleteSelection, 'nodeIds'>): boolean {
  const deleted = existingIds(journey.nodes, nodeIds);
  if (deleted.size !== 1) return false;
  const [nodeId] = deleted;
  let incoming = 0;
  let outgoing = 0;
  for (const edge of journey.edges) {
    if (edge.source === edge.target) continue;
    if (edge.target === nodeId) incoming += 1;
    if (edge.source === nodeId) outgoing += 1;
  }
  return incoming === 1 && outgoing === 1;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Removes nodes, edges and notes, and every edge touching a removed node; see `reconnect`. */
export function deleteElements(journey: Journey, args: DeleteElementsArgs): Journey {
  const deletedNodes = existingIds(journey.nodes, args.nodeIds);
  const deletedEdges = new Set(args.edgeIds);
  const deletedNotes = existingIds(journey.notes, args.noteIds);

  const keptEdges: JourneyEdge[] = [];
  const incomingByNode = new Map<string, JourneyEdge[]>();
  const outgoingByNode = new Map<string, JourneyEdge[]>();
  for (const edge of journey.edges) {
    const sourceDeleted = deletedNodes.has(edge.source);
    const targetDeleted = deletedNodes.has(edge.target);
    if (sourceDeleted) pushTo(outgoingByNode, edge.source, edge);
    else if (targetDeleted) pushTo(incomingByNode, edge.target, edge);
    else if (!deletedEdges.has(edge.id)) keptEdges.push(edge);
  }
  if (deletedNodes.size === 0 && deletedNotes.size === 0 && keptEdges.length === journey.edges.length) {
    return journey;
  }

  const keptNodes =
    deletedNodes.size === 0 ? journey.nodes : journey.nodes.filter((node) => !deletedNodes.has(node.id));
  let edges: JourneyEdge[] = keptEdges;
  if (keptEdges.length === journey.edges.length) {
    edges = journey.edges;
  } else if (args.reconnect ?? reconnectsByDefault(journey, { nodeIds: deletedNodes })) {
    const bridgeFor = bridgeEdges(keptNodes, keptEdges, incomingByNode, outgoingByNode, args.newId);
    const kept = new Set(keptEdges);
    // Each bridge takes the place of the edge it replaces, so the list keeps its order.
    if (bridgeFor.size > 0) {
      edges = journey.edges.flatMap((edge) => {
        const bridge = bridgeFor.get(edge.id);
        if (bridge !== undefined) return [bridge];
        return kept.has(edge) ? [edge] : [];
      });
    }
  }
  return {
    ...journey,
    nodes: keptNodes,
    edges,
    notes: deletedNotes.size === 0 ? journey.notes : journey.notes.filter((note) => !deletedNotes.has(note.id)),
  };
}

/** Incoming edge id → the edge that bridges over its deleted target. */
function bridgeEdges(
  keptNodes: Journey['nodes'],
  keptEdges: readonly JourneyEdge[],
  incomingByNode: ReadonlyMap<string, readonly JourneyEdge[]>,
  outgoingByNode: ReadonlyMap<string, readonly JourneyEdge[]>,
  newId: NewId,
): Map<string, JourneyEdge> {
  const rules = new ConnectionRules(keptNodes, keptEdges);
  const bridgeFor = new Map<string, JourneyEdge>();
  for (const [nodeId, incoming] of incomingByNode) {
    const outgoing = outgoingByNode.get(nodeId);
    const onward = outgoing?.length === 1 ? outgoing[0] : undefined;
    if (onward === undefined) continue;
    for (const edge of incoming) {
      const candidate = { source: edge.source, sourceHandle: edge.sourceHandle, target: onward.target };
      if (!rules.check(candidate).ok) continue;
      const bridge = { id: newId('edge'), ...candidate };
      rules.addEdge(bridge);
      bridgeFor.set(edge.id, bridge);
    }
  }
  return bridgeFor;
}
