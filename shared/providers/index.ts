import type { ProviderDescription } from './provider-description';
import type { ProviderKind } from './provider-kinds';
import { TELEGRAM_DESCRIPTION } from './telegram';
import { TWILIO_DESCRIPTION } from './twilio';
import { WHATSAPP_CLOUD_DESCRIPTION } from './whatsapp-cloud';

/** Every provider Settings → Channels can configure, by kind. */
export const PROVIDER_DESCRIPTIONS: Partial<Record<ProviderKind, ProviderDescription>> = {
  twilio: TWILIO_DESCRIPTION as ProviderDescription,
  telegram: TELEGRAM_DESCRIPTION as ProviderDescription,
  'whatsapp-cloud': WHATSAPP_CLOUD_DESCRIPTION as ProviderDescription,
};
