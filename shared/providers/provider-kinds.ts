import { z } from 'zod';
import type { Channel } from '../model/index';

/** Every way a message can leave the app; `outbox` keeps it on this machine and is every channel's default. */
export const PROVIDER_KINDS = [
  'outbox',
  'smtp',
  'twilio',
  'whatsapp-cloud',
  'telegram',
  'web-push',
  'fcm',
  'signed-webhook',
] as const;
export const ProviderKindSchema = z.enum(PROVIDER_KINDS);
export type ProviderKind = z.infer<typeof ProviderKindSchema>;

/** Which providers can carry each channel (the first is the default). */
export const CHANNEL_PROVIDERS: Readonly<Record<Channel, readonly ProviderKind[]>> = {
  email: ['outbox', 'smtp'],
  sms: ['outbox', 'twilio'],
  whatsapp: ['outbox', 'whatsapp-cloud'],
  telegram: ['outbox', 'telegram'],
  push: ['outbox', 'web-push', 'fcm'],
  inapp: ['outbox', 'signed-webhook'],
  wallet: ['outbox', 'signed-webhook'],
  marketing: ['outbox', 'signed-webhook'],
};
