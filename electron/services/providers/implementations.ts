import type { ProviderKind } from '../../../shared/providers/provider-kinds';
import type { ProviderImplementation } from './provider-implementation';
import { TELEGRAM_IMPLEMENTATION } from './telegram/telegram-provider';
import { TWILIO_IMPLEMENTATION } from './twilio/twilio-provider';
import { WHATSAPP_CLOUD_IMPLEMENTATION } from './whatsapp-cloud/whatsapp-cloud-provider';

/** How each configured provider sends, by kind (its description is in shared/providers). */
// Each config is parsed by its own kind's schema before it reaches its implementation.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const PROVIDER_IMPLEMENTATIONS: Partial<Record<ProviderKind, ProviderImplementation<any>>> = {
  twilio: TWILIO_IMPLEMENTATION,
  telegram: TELEGRAM_IMPLEMENTATION,
  'whatsapp-cloud': WHATSAPP_CLOUD_IMPLEMENTATION,
};
