import { CHANNEL_IDS, type Channel } from '../../../shared/model/index';

/** The setting that says which delivery provider a channel sends through. */
export function channelProviderSettingKey(channel: Channel): string {
  return `channels.${channel}.provider`;
}

/**
 * A channel counts as configured once its `channels.<channel>.provider` setting holds any value
 * other than null. Whatever sets a channel up (the local sender, a provider form) writes that key,
 * and clearing it back to null is how a channel is switched off; the validator only needs to know
 * whether a message on the channel could be delivered at all.
 */
export function configuredChannels(settings: Readonly<Record<string, unknown>>): Set<Channel> {
  const configured = new Set<Channel>();
  for (const channel of CHANNEL_IDS) {
    const provider = settings[channelProviderSettingKey(channel)];
    if (provider !== undefined && provider !== null) configured.add(channel);
  }
  return configured;
}
