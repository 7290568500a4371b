import type { Journey } from '../../../shared/model/index';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = canonical(item);
  }
  return sorted;
}

/**
 * Whether two documents would run the same: steps, connections and settings. Where a step sits on
 * the canvas, the name, the description and the notes are for people and send nothing, so
 * tidying the layout or renaming leaves a Ready journey Ready.
 */
export function sameContent(a: Journey, b: Journey): boolean {
  const content = (journey: Journey) =>
    JSON.stringify(
      canonical({
        nodes: journey.nodes.map(({ position: _position, ...node }) => node),
        edges: journey.edges,
        settings: journey.settings,
      }),
    );
  return content(a) === content(b);
}
