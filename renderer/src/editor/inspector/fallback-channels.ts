import { CHANNEL_IDS, type Channel } from '../../../../shared/model/index';

/** Where a fallback's channel is already used: by the primary channel or an earlier fallback. */
export type ChannelRepeat = { by: 'primary' } | { by: 'fallback'; index: number };

/**
 * For each fallback, whether it repeats a channel tried before it. Trying the same channel twice
 * rarely helps (its failure is usually the channel's, not the template's), so the form warns
 * but does not forbid it.
 */
export function repeatedFallbackChannels(
  primary: Channel,
  fallbacks: readonly { channel: Channel }[],
): (ChannelRepeat | null)[] {
  const firstUse = new Map<Channel, ChannelRepeat>([[primary, { by: 'primary' }]]);
  return fallbacks.map(({ channel }, index) => {
    const earlier = firstUse.get(channel);
    if (earlier) return earlier;
    firstUse.set(channel, { by: 'fallback', index });
    return null;
  });
}

/** The channel a new fallback starts on: the first not yet tried, or the primary's when all are. */
export function firstUnusedChannel(primary: Channel, fallbacks: readonly { channel: Channel }[]): Channel {
  const used = new Set<Channel>([primary, ...fallbacks.map((fallback) => fallback.channel)]);
  return CHANNEL_IDS.find((channel) => !used.has(channel)) ?? primary;
}
