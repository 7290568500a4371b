import type { Channel } from '../../../../shared/model/index';
import { channelLabel } from '../../../../shared/model/index';

/** Short, font-independent marks: emoji fonts are not on every machine the app runs on. */
const MARKS: Record<Channel, { text: string; color: string }> = {
  email: { text: '@', color: '#1971c2' },
  sms: { text: 'SMS', color: '#5f3dc4' },
  whatsapp: { text: 'WA', color: '#2b8a3e' },
  push: { text: 'P', color: '#e8590c' },
  inapp: { text: 'IA', color: '#0c8599' },
  telegram: { text: 'TG', color: '#1c7ed6' },
  wallet: { text: 'W', color: '#862e9c' },
  marketing: { text: 'MT', color: '#c2255c' },
};

export function ChannelIcon({ channel, size = 'normal' }: { channel: Channel; size?: 'normal' | 'small' }) {
  const mark = MARKS[channel];
  return (
    <span
      className={`channel-icon ${size}`}
      style={{ background: mark.color }}
      title={channelLabel(channel)}
      aria-label={channelLabel(channel)}
      role="img"
    >
      {mark.text}
    </span>
  );
}
