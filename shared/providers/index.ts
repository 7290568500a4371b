import { FCM_PROVIDER } from './fcm';
import type { ProviderDescription } from './provider-description';
import type { ProviderKind } from './provider-kinds';
import { SIGNED_WEBHOOK_PROVIDER } from './signed-webhook';
import { SMTP_PROVIDER } from './smtp';
import { WEB_PUSH_PROVIDER } from './web-push';

export * from './provider-kinds';
export type * from './provider-description';

/** Every configurable provider's description, by kind (the outbox needs none). */
export const PROVIDER_DESCRIPTIONS: Partial<Record<ProviderKind, ProviderDescription>> = {
  smtp: SMTP_PROVIDER as ProviderDescription,
  'web-push': WEB_PUSH_PROVIDER as ProviderDescription,
  fcm: FCM_PROVIDER as ProviderDescription,
  'signed-webhook': SIGNED_WEBHOOK_PROVIDER as ProviderDescription,
};
