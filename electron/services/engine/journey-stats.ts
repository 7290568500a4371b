import type { Store } from '../store/store';
import { NODE_COUNTERS, type EngineStore, type NodeCounter } from './engine-store';

export type StepStats = { version: number; nodeId: string; label: string; kind: string } & Record<NodeCounter, number>;

export interface JourneyStats {
  journeyId: string;
  name: string;
  steps: StepStats[];
}

/** Per version and step, every counter (0 where nothing happened), steps in the version's own order. */
export function journeyStats(store: Store, engineStore: EngineStore, journeyId: string): JourneyStats {
  const stored = store.journeys.require(journeyId);
  const counters = engineStore.counters(journeyId);
  const byStep = new Map<string, StepStats>();
  const versions = [...new Set(counters.map((row) => row.version))].sort((a, b) => a - b);
  for (const version of versions) {
    const document = store.versions.find(journeyId, version)?.journey;
    for (const node of document?.nodes ?? []) {
      const empty = Object.fromEntries(NODE_COUNTERS.map((counter) => [counter, 0])) as Record<NodeCounter, number>;
      byStep.set(`${version}/${node.id}`, { version, nodeId: node.id, label: node.label, kind: node.kind, ...empty });
    }
  }
  for (const row of counters) {
    const stats = byStep.get(`${row.version}/${row.nodeId}`);
    if (stats !== undefined) stats[row.counter] = row.value;
  }
  return { journeyId, name: stored.journey.name, steps: [...byStep.values()] };
}
