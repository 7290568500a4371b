import type { ProviderKind } from '../../../shared/providers/provider-kinds';
import { FCM_IMPLEMENTATION } from './fcm/fcm-provider';
import type { ProviderImplementation } from './provider-implementation';
import { SIGNED_WEBHOOK_IMPLEMENTATION } from './signed-webhook/signed-webhook-provider';
import { SMTP_IMPLEMENTATION } from './smtp/smtp-provider';
import { TELEGRAM_IMPLEMENTATION } from './telegram/telegram-provider';
import { TWILIO_IMPLEMENTATION } from './twilio/twilio-provider';
import { WEB_PUSH_IMPLEMENTATION } from './web-push/web-push-provider';
import { WHATSAPP_CLOUD_IMPLEMENTATION } from './whatsapp-cloud/whatsapp-cloud-provider';

/**
 * How each provider sends, by kind: one line per provider, beside its description in
 * shared/providers/index.ts; the compiler refuses a missing one. The Outbox is built by the
 * channel routing itself (it needs the database, not a config).
 */
export const PROVIDER_IMPLEMENTATIONS: Partial<Record<ProviderKind, ProviderImplementation<unknown>>> = {
  smtp: SMTP_IMPLEMENTATION,
  twilio: TWILIO_IMPLEMENTATION,
  'whatsapp-cloud': WHATSAPP_CLOUD_IMPLEMENTATION,
  telegram: TELEGRAM_IMPLEMENTATION,
  'web-push': WEB_PUSH_IMPLEMENTATION,
  fcm: FCM_IMPLEMENTATION,
  'signed-webhook': SIGNED_WEBHOOK_IMPLEMENTATION,
} satisfies Record<Exclude<ProviderKind, 'outbox'>, ProviderImplementation<never>>;
