import { formatDuration, type Duration } from '../model/duration';

export function isPositive(duration: Duration): boolean {
  return Number.isFinite(duration.amount) && duration.amount > 0;
}

/** A duration as a message shows it, even when its amount is not a number a duration can have. */
export function shown(duration: Duration): string {
  return Number.isFinite(duration.amount) ? formatDuration(duration) : `${String(duration.amount)} ${duration.unit}`;
}
