import { Timer, Zap } from 'lucide-react';
import { formatDuration } from '../../../../../shared/model/index';
import type { KindBody } from '../kind-ui';

export const WaitForEventBody: KindBody<'waitForEvent'> = ({ node }) => {
  const { event, customEventName, timeout } = node.config;
  const name = event === 'custom' ? customEventName || 'custom event' : event;
  return (
    <>
      <div className="journey-node-summary journey-node-line">
        <Zap size={14} aria-hidden="true" className="journey-node-line-icon" />
        <span>Wait for {name}</span>
      </div>
      <div className="journey-node-line muted">
        <Timer size={14} aria-hidden="true" className="journey-node-line-icon" />
        <span>Timeout {formatDuration(timeout)}</span>
      </div>
    </>
  );
};
