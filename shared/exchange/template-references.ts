import { stepKinds, type StepKindRegistry } from '../kinds/registry';
import type { Journey, JourneyNode } from '../model/index';

/**
 * Every template a journey names (message steps and their fallbacks, as each kind says), each once,
 * in step order. A slot without a template (null, or "" in a document that never went through the
 * schema) names nothing.
 */
export function templateIdsOf(journey: Journey, kinds: StepKindRegistry = stepKinds): string[] {
  const ids = new Set<string>();
  for (const node of journey.nodes) {
    for (const { templateId } of kinds.of(node).templates(node)) if (templateId) ids.add(templateId);
  }
  return [...ids];
}

/** Decides what a template reference becomes; null leaves the step without a template. */
export type TemplateIdMapper = (templateId: string, node: JourneyNode) => string | null;

/** The journey with every template reference passed through `map`; nothing else changes. */
export function mapTemplateIds(journey: Journey, map: TemplateIdMapper, kinds: StepKindRegistry = stepKinds): Journey {
  const nodes = journey.nodes.map(
    (node): JourneyNode => kinds.of(node).withTemplates(node, (templateId) => map(templateId, node)) as JourneyNode,
  );
  return { ...journey, nodes };
}
