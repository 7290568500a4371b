import { FCM_PROVIDER } from './fcm';
import type { ProviderDescription } from './provider-description';
import type { ProviderKind } from './provider-kinds';
import { SIGNED_WEBHOOK_PROVIDER } from './signed-webhook';
import { SMTP_PROVIDER } from './smtp';
import { TELEGRAM_DESCRIPTION } from './telegram';
import { TWILIO_DESCRIPTION } from './twilio';
import { WEB_PUSH_PROVIDER } from './web-push';
import { WHATSAPP_CLOUD_DESCRIPTION } from './whatsapp-cloud';

export * from './provider-kinds';
export type * from './provider-description';

/** Every provider Settings → Channels can configure, by kind (the outbox needs none). */
export const PROVIDER_DESCRIPTIONS: Partial<Record<ProviderKind, ProviderDescription>> = {
  smtp: SMTP_PROVIDER as ProviderDescription,
  twilio: TWILIO_DESCRIPTION as ProviderDescription,
  'whatsapp-cloud': WHATSAPP_CLOUD_DESCRIPTION as ProviderDescription,
  telegram: TELEGRAM_DESCRIPTION as ProviderDescription,
  'web-push': WEB_PUSH_PROVIDER as ProviderDescription,
  fcm: FCM_PROVIDER as ProviderDescription,
  'signed-webhook': SIGNED_WEBHOOK_PROVIDER as ProviderDescription,
};
