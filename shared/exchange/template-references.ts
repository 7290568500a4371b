import type { Journey, JourneyNode } from '../model/index';

/** Every template a journey names (message steps and their fallbacks), each once, in step order. */
export function templateIdsOf(journey: Journey): string[] {
  const ids = new Set<string>();
  for (const node of journey.nodes) {
    if (node.kind !== 'message') continue;
    if (node.config.templateId !== null) ids.add(node.config.templateId);
    for (const fallback of node.config.fallbacks) if (fallback.templateId !== null) ids.add(fallback.templateId);
  }
  return [...ids];
}

/** Decides what a template reference becomes; null leaves the step without a template. */
export type TemplateIdMapper = (templateId: string, node: JourneyNode) => string | null;

/** The journey with every template reference passed through `map`; nothing else changes. */
export function mapTemplateIds(journey: Journey, map: TemplateIdMapper): Journey {
  const nodes = journey.nodes.map((node): JourneyNode => {
    if (node.kind !== 'message') return node;
    const mapId = (id: string | null) => (id === null ? null : map(id, node));
    return {
      ...node,
      config: {
        ...node.config,
        templateId: mapId(node.config.templateId),
        fallbacks: node.config.fallbacks.map((fallback) => ({ ...fallback, templateId: mapId(fallback.templateId) })),
      },
    };
  });
  return { ...journey, nodes };
}
