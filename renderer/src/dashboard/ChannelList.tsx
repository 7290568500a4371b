import type { Channel } from '../../../shared/model/index';
import { ChannelIcon } from '../editor/nodes/ChannelIcon';

export function ChannelList({ channels }: { channels: readonly Channel[] }) {
  if (channels.length === 0) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">No channels</span>
      </span>
    );
  }
  return (
    <span className="journey-channels">
      {channels.map((channel) => (
        <ChannelIcon key={channel} channel={channel} size="small" />
      ))}
    </span>
  );
}
