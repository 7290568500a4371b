import type { Journey, JourneyEdge } from '../model/index';
import { checkConnection, ConnectionRules, type Connection } from './connection-rules';
import { GraphRuleError } from './graph-rule-error';
import { assertIdIsFree } from './selection';

function edgeFor({ source, sourceHandle, target }: Connection, id: string): JourneyEdge {
  return { id, source, sourceHandle, target };
}

/** Adds the edge `connection` describes, or throws GraphRuleError with the reason it is refused. */
export function connectNodes(journey: Journey, connection: Connection, newEdgeId: string): Journey {
  const check = checkConnection(journey, connection);
  if (!check.ok) throw new GraphRuleError(check.reason);
  assertIdIsFree(journey.edges, newEdgeId, 'edge');
  return { ...journey, edges: [...journey.edges, edgeFor(connection, newEdgeId)] };
}

/**
 * Like connectNodes, but when the output already has an edge that edge is swapped for the new one
 * (what dropping a connection onto a taken output means). The new edge takes the old one's place
 * in the list under `newEdgeId`. Other rules still apply; reconnecting to the same step is a no-op.
 */
export function replaceConnection(journey: Journey, connection: Connection, newEdgeId: string): Journey {
  const existing = ConnectionRules.of(journey).edgeOn(connection.source, connection.sourceHandle);
  if (existing === undefined) return connectNodes(journey, connection, newEdgeId);
  if (existing.target === connection.target) return journey;

  const edgesWithoutExisting = journey.edges.filter((edge) => edge !== existing);
  const check = new ConnectionRules(journey.nodes, edgesWithoutExisting).check(connection);
  if (!check.ok) throw new GraphRuleError(check.reason);
  if (newEdgeId !== existing.id) assertIdIsFree(edgesWithoutExisting, newEdgeId, 'edge');
  const replacement = edgeFor(connection, newEdgeId);
  return { ...journey, edges: journey.edges.map((edge) => (edge === existing ? replacement : edge)) };
}
