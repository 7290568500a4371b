import type { Channel, Journey } from '../model/index';

export interface JourneyDigest {
  /** Every channel a contact may be messaged on, primary ones first, in order of first use. */
  channels: Channel[];
  /** The audience type of the first entry step ("all", "list", "orderEvent", …), or null without one. */
  entryType: string | null;
  nodeCount: number;
}

/** What the dashboard shows of a journey without loading it whole. */
export function summarizeJourney(journey: Journey): JourneyDigest {
  const channels = new Set<Channel>();
  let entryType: string | null = null;
  for (const node of journey.nodes) {
    if (node.kind === 'message') {
      channels.add(node.config.channel);
      for (const fallback of node.config.fallbacks) channels.add(fallback.channel);
    } else if (node.kind === 'entry' && entryType === null) {
      entryType = node.config.audience.type;
    }
  }
  return { channels: [...channels], entryType, nodeCount: journey.nodes.length };
}
