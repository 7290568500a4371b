import { isLive, type JourneyStatus } from '../model/index';

export interface JourneyUsingTemplate {
  journeyName: string;
  status: JourneyStatus;
}

/** The journeys that send a template now: active or paused ones, which keep it from being deleted. */
export function liveUsages<T extends JourneyUsingTemplate>(usedBy: readonly T[]): T[] {
  return usedBy.filter((usage) => isLive(usage.status));
}

/** "Used by a live journey: Spring sale" / "Used by live journeys: A, B"; null when no live journey uses it. */
export function liveUsageNote(usedBy: readonly JourneyUsingTemplate[]): string | null {
  const live = liveUsages(usedBy);
  if (live.length === 0) return null;
  const names = live.map((usage) => `“${usage.journeyName}”`).join(', ');
  return live.length === 1 ? `Used by a live journey: ${names}` : `Used by live journeys: ${names}`;
}

/** Why Delete is unavailable, naming the way out; null when the template can be deleted. */
export function deleteBlockedReason(usedBy: readonly JourneyUsingTemplate[]): string | null {
  const note = liveUsageNote(usedBy);
  if (note === null) return null;
  return `${note}. Stop ${liveUsages(usedBy).length === 1 ? 'it' : 'them'} before deleting this template.`;
}
