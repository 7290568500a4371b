import type { JourneyStatus } from '../../../shared/model/index';
import { statusLabel } from './status-label';

interface StatusBadgeProps {
  status: JourneyStatus;
  /**
   * The validator's verdict. "Broken" is derived, never stored, so it is passed in rather than
   * read from the status; the stored status stays readable in the tooltip.
   */
  broken?: boolean;
  /** Why the stored journey cannot be read; shown as "Unreadable" with the reason as its tooltip. */
  unreadable?: string;
}

export function StatusBadge({ status, broken = false, unreadable }: StatusBadgeProps) {
  if (unreadable !== undefined) {
    return (
      <span className="badge status-broken" title={unreadable}>
        Unreadable
      </span>
    );
  }
  if (broken) {
    return (
      <span className="badge status-broken" title={`${statusLabel(status)}, with problems to fix`}>
        Broken
      </span>
    );
  }
  return <span className={`badge status-${status}`}>{statusLabel(status)}</span>;
}
