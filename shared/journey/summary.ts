import { stepKinds, type StepKindRegistry } from '../kinds/registry';
import type { Channel, Journey } from '../model/index';

export interface JourneyDigest {
  /** Every channel a contact may be messaged on, in order of first use (a step's own channel before its fallbacks). */
  channels: Channel[];
  /** The audience type of the first entry step ("all", "list", "orderEvent", …), or null without one. */
  entryType: string | null;
  nodeCount: number;
}

/** What the dashboard shows of a journey without loading it whole, from what each step's kind says of it. */
export function summarizeJourney(journey: Journey, kinds: StepKindRegistry = stepKinds): JourneyDigest {
  const channels = new Set<Channel>();
  let entryType: string | null = null;
  for (const node of journey.nodes) {
    const digest = kinds.of(node).digest(node);
    for (const channel of digest.channels) channels.add(channel);
    entryType ??= digest.entryType;
  }
  return { channels: [...channels], entryType, nodeCount: journey.nodes.length };
}
