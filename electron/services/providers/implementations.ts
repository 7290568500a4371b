import type { ProviderKind } from '../../../shared/providers/provider-kinds';
import { FCM_IMPLEMENTATION } from './fcm/fcm-provider';
import type { ProviderImplementation } from './provider-implementation';
import { SIGNED_WEBHOOK_IMPLEMENTATION } from './signed-webhook/signed-webhook-provider';
import { SMTP_IMPLEMENTATION } from './smtp/smtp-provider';
import { WEB_PUSH_IMPLEMENTATION } from './web-push/web-push-provider';

/** The Node side of each provider in shared/providers, by kind. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each implementation takes its own description's config
export const PROVIDER_IMPLEMENTATIONS: Partial<Record<ProviderKind, ProviderImplementation<any>>> = {
  smtp: SMTP_IMPLEMENTATION,
  'web-push': WEB_PUSH_IMPLEMENTATION,
  fcm: FCM_IMPLEMENTATION,
  'signed-webhook': SIGNED_WEBHOOK_IMPLEMENTATION,
};
