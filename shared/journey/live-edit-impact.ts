import type { Journey, JourneyNode } from '../model/index';
import { diffJourneys } from './diff';

/**
 * What a new version means for a contact waiting at a step of an older one: the step is there as it
 * was, changed (its kind, its settings or where its outputs lead), or gone.
 */
export type StepChange = 'unchanged' | 'changed' | 'removed';

export interface StepFate {
  change: StepChange;
  /**
   * Where a contact moved to the new version would go on: the same step when it is still there,
   * else the first step after it (following its outputs in the old version) that the new version
   * kept; null when there is none.
   */
  defaultTarget: string | null;
}

const outputsOf = (journey: Journey, nodeId: string) =>
  journey.edges
    .filter((edge) => edge.source === nodeId)
    .map((edge) => `${edge.sourceHandle}\u0000${edge.target}`)
    .sort()
    .join('\u0001');

/** A step a moved contact may be placed at: anything but an entry, which only admits newcomers. */
export const canMoveTo = (node: JourneyNode) => node.kind !== 'entry';

/** The nearest step after `start` in `before` (breadth first along its outputs) that `after` still has. */
function nearestKept(before: Journey, after: ReadonlyMap<string, JourneyNode>, start: string): string | null {
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of before.edges) {
        if (edge.source !== id || seen.has(edge.target)) continue;
        seen.add(edge.target);
        const kept = after.get(edge.target);
        if (kept !== undefined && canMoveTo(kept)) return kept.id;
        next.push(edge.target);
      }
    }
    frontier = next;
  }
  return null;
}

/** The fate of every step of `before` (an older version) in `after` (the new one), by step id. Pure. */
export function stepFates(before: Journey, after: Journey): Map<string, StepFate> {
  const afterNodes = new Map(after.nodes.map((node) => [node.id, node]));
  // A renamed step is the same step to a contact waiting at it: only its kind and settings count.
  const reworked = new Set(
    diffJourneys(before, after)
      .changed.filter((change) => change.changes.some((what) => what !== 'label'))
      .map((change) => change.after.id),
  );
  const fates = new Map<string, StepFate>();
  for (const node of before.nodes) {
    const kept = afterNodes.get(node.id);
    const change: StepChange =
      kept === undefined
        ? 'removed'
        : reworked.has(node.id) || outputsOf(before, node.id) !== outputsOf(after, node.id)
          ? 'changed'
          : 'unchanged';
    const defaultTarget = kept !== undefined && canMoveTo(kept) ? kept.id : nearestKept(before, afterNodes, node.id);
    fates.set(node.id, { change, defaultTarget });
  }
  return fates;
}
