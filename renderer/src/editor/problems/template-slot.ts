import { stepName, updateNode } from '../../../../shared/graph/index';
import { channelLabel, type Channel, type Journey } from '../../../../shared/model/index';
import type { Diagnostic } from '../../../../shared/validation/index';
import { parseJsonPath } from './json-path';

/** The template setting of one message step a diagnostic is about: its own, or one fallback's. */
export interface TemplateSlot {
  nodeId: string;
  /** null for the step's own channel. */
  fallbackIndex: number | null;
  channel: Channel;
  /** What a template made for it is called: "Welcome template", "Welcome SMS fallback template". */
  templateName: string;
}

/** Template names are at most 200 characters; a long step name is shortened, not refused. */
const MAX_STEP_PART = 150;

/**
 * Reads "nodes[i].config.templateId" or "nodes[i].config.fallbacks[j].templateId" against the
 * journey. Null when the diagnostic is not about a message's template (any more).
 */
export function templateSlotOf(journey: Journey, diagnostic: Diagnostic): TemplateSlot | null {
  const segments = diagnostic.path === undefined ? null : parseJsonPath(diagnostic.path);
  if (!segments || segments[0] !== 'nodes' || typeof segments[1] !== 'number' || segments[2] !== 'config') return null;
  const node =
    diagnostic.nodeId === undefined
      ? journey.nodes[segments[1]]
      : journey.nodes.find((candidate) => candidate.id === diagnostic.nodeId);
  if (!node || node.kind !== 'message') return null;
  const name = stepName(node).slice(0, MAX_STEP_PART);
  const rest = segments.slice(3);
  if (rest.length === 1 && rest[0] === 'templateId') {
    return { nodeId: node.id, fallbackIndex: null, channel: node.config.channel, templateName: `${name} template` };
  }
  if (rest.length === 3 && rest[0] === 'fallbacks' && typeof rest[1] === 'number' && rest[2] === 'templateId') {
    const fallback = node.config.fallbacks[rest[1]];
    if (!fallback) return null;
    return {
      nodeId: node.id,
      fallbackIndex: rest[1],
      channel: fallback.channel,
      templateName: `${name} ${channelLabel(fallback.channel)} fallback template`,
    };
  }
  return null;
}

/**
 * Puts the template into the slot, unless the slot has meanwhile got a template or changed
 * channel (someone picked one while it was being created): then the journey is left as it is.
 */
export function assignTemplate(journey: Journey, slot: TemplateSlot, templateId: string): Journey {
  return updateNode(journey, slot.nodeId, (node) => {
    if (node.kind !== 'message') return node;
    const { config } = node;
    if (slot.fallbackIndex === null) {
      if (config.templateId !== null || config.channel !== slot.channel) return node;
      return { ...node, config: { ...config, templateId } };
    }
    const fallback = config.fallbacks[slot.fallbackIndex];
    if (!fallback || fallback.templateId !== null || fallback.channel !== slot.channel) return node;
    const fallbacks = config.fallbacks.map((item, index) =>
      index === slot.fallbackIndex ? { ...item, templateId } : item,
    );
    return { ...node, config: { ...config, fallbacks } };
  });
}
