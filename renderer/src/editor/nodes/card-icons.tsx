import { memo } from 'react';
import { ChevronRight, FileText, Timer, Zap, type LucideIcon } from 'lucide-react';
import { channelLabel, type Channel, type NodeKind } from '../../../../shared/model/index';
import { kindUis } from '../kinds/registry';
import { CHANNEL_MARKS } from './ChannelIcon';

/**
 * Where each icon comes from, and the stroke it is drawn with (as the same icon elsewhere in the
 * app). Read when the sprite is drawn, not when this module loads: the kinds' card views import it.
 */
type SpriteEntry = readonly [CardIconName, { Icon: LucideIcon; strokeWidth: number }];

function spriteIcons(): SpriteEntry[] {
  return [
    ...(Object.keys(kindUis) as NodeKind[]).map((kind): SpriteEntry => [
      `kind-${kind}`,
      { Icon: kindUis[kind].Icon, strokeWidth: 2 },
    ]),
    ...(Object.keys(CHANNEL_MARKS) as Channel[]).map((channel): SpriteEntry => [
      `channel-${channel}`,
      { Icon: CHANNEL_MARKS[channel].Icon, strokeWidth: 2.25 },
    ]),
    ['chevron-right', { Icon: ChevronRight, strokeWidth: 2 }],
    ['file-text', { Icon: FileText, strokeWidth: 2 }],
    ['timer', { Icon: Timer, strokeWidth: 2 }],
    ['zap', { Icon: Zap, strokeWidth: 2 }],
  ];
}

export type CardIconName = `kind-${NodeKind}` | `channel-${Channel}` | 'chevron-right' | 'file-text' | 'timer' | 'zap';

const symbolId = (name: CardIconName) => `card-icon-${name}`;

/**
 * Every icon a step card shows, drawn once for the whole canvas. A card refers to them with <use>:
 * one small element per icon instead of a full SVG each, which on a journey of a thousand steps is
 * thousands of elements fewer to create, lay out and paint.
 */
export const CardIconSprite = memo(function CardIconSprite() {
  return (
    <svg className="card-icon-sprite" width="0" height="0" aria-hidden="true" focusable="false">
      {spriteIcons().map(([name, { Icon, strokeWidth }]) => (
        <symbol key={name} id={symbolId(name)} viewBox="0 0 24 24">
          <Icon size={24} strokeWidth={strokeWidth} />
        </symbol>
      ))}
    </svg>
  );
});

/** One icon of the sprite, drawn in the text colour around it. */
export function CardIcon({ name, size, className }: { name: CardIconName; size: number; className?: string }) {
  return (
    <svg className={className} width={size} height={size} aria-hidden="true" focusable="false">
      <use href={`#${symbolId(name)}`} />
    </svg>
  );
}

/** A channel on a card: its icon on the channel's colour, named for screen readers and on hover. */
export function CardChannelMark({ channel, size = 'normal' }: { channel: Channel; size?: 'normal' | 'small' }) {
  const label = channelLabel(channel);
  return (
    <span
      className={`channel-icon ${size}`}
      style={{ background: CHANNEL_MARKS[channel].color }}
      title={label}
      aria-label={label}
      role="img"
    >
      <CardIcon name={`channel-${channel}`} size={size === 'small' ? 12 : 14} />
    </span>
  );
}
