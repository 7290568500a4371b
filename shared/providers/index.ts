import type { Channel } from '../model/channel';
import { FCM_PROVIDER } from './fcm';
import { OUTBOX_DESCRIPTION } from './outbox';
import { SIGNED_WEBHOOK_PROVIDER } from './signed-webhook';
import { SMTP_PROVIDER } from './smtp';
import { TELEGRAM_DESCRIPTION } from './telegram';
import { TWILIO_DESCRIPTION } from './twilio';
import { WEB_PUSH_PROVIDER } from './web-push';
import { WHATSAPP_CLOUD_DESCRIPTION } from './whatsapp-cloud';
import type { ProviderDescription, ProviderField } from './provider-description';
import { CHANNEL_PROVIDERS, type ProviderKind } from './provider-kinds';

export * from './provider-description';
export * from './provider-kinds';
export * from './channel-setting';

/** Every provider the settings page can offer, by kind: one line per provider, none missing. */
export const PROVIDER_DESCRIPTIONS: Record<ProviderKind, ProviderDescription<unknown>> = {
  outbox: OUTBOX_DESCRIPTION,
  smtp: SMTP_PROVIDER as ProviderDescription<unknown>,
  twilio: TWILIO_DESCRIPTION as ProviderDescription<unknown>,
  'whatsapp-cloud': WHATSAPP_CLOUD_DESCRIPTION as ProviderDescription<unknown>,
  telegram: TELEGRAM_DESCRIPTION as ProviderDescription<unknown>,
  'web-push': WEB_PUSH_PROVIDER as ProviderDescription<unknown>,
  fcm: FCM_PROVIDER as ProviderDescription<unknown>,
  'signed-webhook': SIGNED_WEBHOOK_PROVIDER as ProviderDescription<unknown>,
};

export function providerDescription(kind: ProviderKind): ProviderDescription<unknown> {
  return PROVIDER_DESCRIPTIONS[kind];
}

/** The providers a channel can be set up with, the Outbox first. */
export function providersForChannel(channel: Channel): ProviderDescription<unknown>[] {
  return CHANNEL_PROVIDERS[channel].flatMap((kind) => {
    const description = PROVIDER_DESCRIPTIONS[kind];
    return description.channels.includes(channel) ? [description] : [];
  });
}

/** The fields kept in the secret store rather than in the settings row. */
export function secretFields(description: Pick<ProviderDescription<unknown>, 'fields'>): ProviderField[] {
  return description.fields.filter((field) => field.input === 'secret');
}
