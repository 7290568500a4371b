import { z } from 'zod';

export const CHANNEL_IDS = ['email', 'sms', 'whatsapp', 'push', 'inapp', 'telegram', 'wallet', 'marketing'] as const;

export const ChannelSchema = z.enum(CHANNEL_IDS);
export type Channel = z.infer<typeof ChannelSchema>;

// A Record keyed by Channel makes the compiler insist on a label for every channel.
const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  email: 'Email',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  push: 'Push',
  inapp: 'In-app / In-web',
  telegram: 'Telegram',
  wallet: 'Mobile wallet',
  marketing: 'Marketing tool',
};

export interface ChannelInfo {
  readonly id: Channel;
  readonly label: string;
}

export const CHANNELS: readonly ChannelInfo[] = CHANNEL_IDS.map((id) => ({ id, label: CHANNEL_LABELS[id] }));

export function channelLabel(channel: Channel): string {
  return CHANNEL_LABELS[channel];
}
