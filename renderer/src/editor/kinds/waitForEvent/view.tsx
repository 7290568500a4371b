import { formatDuration } from '../../../../../shared/model/index';
import type { KindBody } from '../kind-ui';

export const WaitForEventBody: KindBody<'waitForEvent'> = ({ node }) => {
  const { event, customEventName, timeout } = node.config;
  const name = event === 'custom' ? customEventName || 'custom event' : event;
  return (
    <>
      <div className="journey-node-summary">Wait for {name}</div>
      <div className="muted">Timeout {formatDuration(timeout)}</div>
    </>
  );
};
