import { KindIcon } from '../KindIcon';
import { formatDuration } from '../../../../../shared/model/index';
import { defineNodeView } from '../define-node-view';

export const waitForEventView = defineNodeView({
  kind: 'waitForEvent',
  icon: <KindIcon kind="waitForEvent" />,
  Body: ({ node }) => {
    const { event, customEventName, timeout } = node.config;
    const name = event === 'custom' ? customEventName || 'custom event' : event;
    return (
      <>
        <div className="journey-node-summary">Wait for {name}</div>
        <div className="muted">Timeout {formatDuration(timeout)}</div>
      </>
    );
  },
});
