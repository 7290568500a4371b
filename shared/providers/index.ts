import type { Channel } from '../model/channel';
import { OUTBOX_DESCRIPTION } from './outbox';
import type { ProviderDescription, ProviderField } from './provider-description';
import { CHANNEL_PROVIDERS, type ProviderKind } from './provider-kinds';

export * from './provider-description';
export * from './provider-kinds';
export * from './channel-setting';

/**
 * Every provider the settings page can offer, by kind: one line per provider. A kind without a
 * description is not offered (its implementation is not in this version).
 */
export const PROVIDER_DESCRIPTIONS: Partial<Record<ProviderKind, ProviderDescription<unknown>>> = {
  outbox: OUTBOX_DESCRIPTION,
};

export function providerDescription(kind: ProviderKind): ProviderDescription<unknown> | undefined {
  return PROVIDER_DESCRIPTIONS[kind];
}

/** The providers a channel can be set up with, the Outbox first. */
export function providersForChannel(channel: Channel): ProviderDescription<unknown>[] {
  return CHANNEL_PROVIDERS[channel].flatMap((kind) => {
    const description = PROVIDER_DESCRIPTIONS[kind];
    return description !== undefined && description.channels.includes(channel) ? [description] : [];
  });
}

/** The fields kept in the secret store rather than in the settings row. */
export function secretFields(description: Pick<ProviderDescription<unknown>, 'fields'>): ProviderField[] {
  return description.fields.filter((field) => field.input === 'secret');
}
