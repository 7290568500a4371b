import type { Journey, JourneyEdge } from '../model/index';

export function indexById<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Edges with at least one end on one of `nodeIds`: what disappears with those nodes. */
export function edgesTouching(journey: Journey, nodeIds: Iterable<string>): JourneyEdge[] {
  const ids = new Set(nodeIds);
  return journey.edges.filter((edge) => ids.has(edge.source) || ids.has(edge.target));
}

/** Edges with both ends on `nodeIds`: what travels with those nodes when they are copied. */
export function edgesWithin(journey: Pick<Journey, 'edges'>, nodeIds: Iterable<string>): JourneyEdge[] {
  const ids = new Set(nodeIds);
  return journey.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
}

/** Throws when `id` is taken: a repeated id makes the document unreadable, so it is a bug in the caller. */
export function assertIdIsFree(items: readonly { readonly id: string }[], id: string, what: string): void {
  if (items.some((item) => item.id === id)) throw new Error(`The ${what} id "${id}" is already in use`);
}
