import { outputsOf, type Journey, type JourneyNode, type Position } from '../model/index';
import { ConnectionRules, stepName } from './connection-rules';
import { GraphRuleError } from './graph-rule-error';
import { assertIdIsFree } from './selection';

export function addNode(journey: Journey, node: JourneyNode): Journey {
  assertIdIsFree(journey.nodes, node.id, 'node');
  return { ...journey, nodes: [...journey.nodes, node] };
}

export interface InsertNodeOnEdgeArgs {
  readonly edgeId: string;
  readonly node: JourneyNode;
  /** Id for the edge from the new node on to the old edge's target. */
  readonly newEdgeId: string;
  /** Where the node goes; by default halfway between the two steps the edge joined. */
  readonly position?: Position;
}

function midpoint(a: Position, b: Position): Position {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/**
 * Splits A→B into A→node→B. The edge into the node keeps the old edge's id, output and place in
 * the list (so selection and history that refer to it still hold); the edge out of the node leaves
 * from its first output, e.g. "Yes" for a condition, which is what dropping a step on a line means.
 */
export function insertNodeOnEdge(
  journey: Journey,
  { edgeId, node, newEdgeId, position }: InsertNodeOnEdgeArgs,
): Journey {
  const split = journey.edges.find((edge) => edge.id === edgeId);
  if (split === undefined) throw new GraphRuleError('That connection no longer exists.');
  const firstOutput = outputsOf(node)[0];
  if (firstOutput === undefined) {
    throw new GraphRuleError(`"${stepName(node)}" ends the journey, so it cannot go in the middle of a connection.`);
  }
  assertIdIsFree(journey.nodes, node.id, 'node');
  assertIdIsFree(journey.edges, newEdgeId, 'edge');

  const otherEdges = journey.edges.filter((edge) => edge !== split);
  const nodesById = new Map(journey.nodes.map((candidate) => [candidate.id, candidate]));
  const source = nodesById.get(split.source);
  const target = nodesById.get(split.target);
  if (source === undefined || target === undefined) {
    throw new GraphRuleError('That connection joins a step that no longer exists.');
  }
  const placed: JourneyNode = { ...node, position: position ?? midpoint(source.position, target.position) };
  const withNode = new ConnectionRules([...journey.nodes, placed], otherEdges);
  const incoming = { ...split, target: placed.id };
  const outgoing = { id: newEdgeId, source: placed.id, sourceHandle: firstOutput.id, target: split.target };
  for (const edge of [incoming, outgoing]) {
    const check = withNode.check(edge);
    if (!check.ok) throw new GraphRuleError(check.reason);
    withNode.addEdge(edge);
  }
  return {
    ...journey,
    nodes: [...journey.nodes, placed],
    edges: [...journey.edges.map((edge) => (edge === split ? incoming : edge)), outgoing],
  };
}
