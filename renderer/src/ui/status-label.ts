import type { JourneyStatus } from '../../../shared/model/index';

const LABELS: Record<JourneyStatus, string> = {
  draft: 'Draft',
  ready: 'Ready',
  active: 'Active',
  paused: 'Paused',
  stopped: 'Stopped',
  archived: 'Archived',
};

export function statusLabel(status: JourneyStatus): string {
  return LABELS[status];
}
