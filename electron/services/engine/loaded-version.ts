import type { Template } from '../../../shared/contract/index';
import type { Journey, JourneyNode } from '../../../shared/model/index';
import type { Store } from '../store/store';

/** A frozen journey version with its graph indexed for the engine. */
export interface LoadedVersion {
  journeyId: string;
  version: number;
  journey: Journey;
  templates: ReadonlyMap<string, Template>;
  nodes: ReadonlyMap<string, JourneyNode>;
  entries: readonly JourneyNode[];
  /** The node an output leads to, or undefined when the output is not connected. */
  target(nodeId: string, output: string): string | undefined;
}

export function createVersionCache(store: Store) {
  const cache = new Map<string, LoadedVersion>();
  return (journeyId: string, version: number): LoadedVersion | undefined => {
    const key = `${journeyId}@${version}`;
    let loaded = cache.get(key);
    if (loaded !== undefined) return loaded;
    const found = store.versions.find(journeyId, version);
    if (found === undefined) return undefined;
    const edges = new Map(found.journey.edges.map((edge) => [`${edge.source}\u0000${edge.sourceHandle}`, edge.target]));
    loaded = {
      journeyId,
      version,
      journey: found.journey,
      templates: new Map(found.templates.map((template) => [template.id, template])),
      nodes: new Map(found.journey.nodes.map((node) => [node.id, node])),
      entries: found.journey.nodes.filter((node) => node.kind === 'entry'),
      target: (nodeId, output) => edges.get(`${nodeId}\u0000${output}`),
    };
    cache.set(key, loaded);
    return loaded;
  };
}

export type VersionCache = ReturnType<typeof createVersionCache>;
