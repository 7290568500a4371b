import {
  AppWindow,
  Bell,
  Mail,
  Megaphone,
  MessageCircle,
  MessageSquare,
  Send,
  Wallet,
  type LucideIcon,
} from 'lucide-react';
import type { Channel } from '../../../../shared/model/index';
import { channelLabel } from '../../../../shared/model/index';

/** Inline SVG icons: they look the same on every machine, unlike emoji or icon fonts. */
export const CHANNEL_MARKS: Record<Channel, { Icon: LucideIcon; color: string }> = {
  email: { Icon: Mail, color: '#1971c2' },
  sms: { Icon: MessageSquare, color: '#5f3dc4' },
  whatsapp: { Icon: MessageCircle, color: '#2b8a3e' },
  push: { Icon: Bell, color: '#e8590c' },
  inapp: { Icon: AppWindow, color: '#0c8599' },
  telegram: { Icon: Send, color: '#1c7ed6' },
  wallet: { Icon: Wallet, color: '#862e9c' },
  marketing: { Icon: Megaphone, color: '#c2255c' },
};

export function ChannelIcon({ channel, size = 'normal' }: { channel: Channel; size?: 'normal' | 'small' }) {
  const { Icon, color } = CHANNEL_MARKS[channel];
  return (
    <span
      className={`channel-icon ${size}`}
      style={{ background: color }}
      title={channelLabel(channel)}
      aria-label={channelLabel(channel)}
      role="img"
    >
      <Icon size={size === 'small' ? 12 : 14} strokeWidth={2.25} aria-hidden="true" />
    </span>
  );
}
