import type { JourneyStatus } from '../../../shared/model/index';

const LABELS: Record<JourneyStatus, string> = {
  draft: 'Draft',
  ready: 'Ready',
  active: 'Active',
  paused: 'Paused',
  stopped: 'Stopped',
  archived: 'Archived',
};

export function StatusBadge({ status }: { status: JourneyStatus }) {
  return <span className={`badge status-${status}`}>{LABELS[status]}</span>;
}
