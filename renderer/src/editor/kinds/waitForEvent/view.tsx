import { formatDuration } from '../../../../../shared/model/index';
import type { KindBody } from '../kind-ui';
import { CardIcon } from '../../nodes/card-icons';

export const WaitForEventBody: KindBody<'waitForEvent'> = ({ node }) => {
  const { event, customEventName, timeout } = node.config;
  const name = event === 'custom' ? customEventName || 'custom event' : event;
  return (
    <>
      <div className="journey-node-summary journey-node-line">
        <CardIcon name="zap" size={14} className="journey-node-line-icon" />
        <span>Wait for {name}</span>
      </div>
      <div className="journey-node-line muted">
        <CardIcon name="timer" size={14} className="journey-node-line-icon" />
        <span>Timeout {formatDuration(timeout)}</span>
      </div>
    </>
  );
};
