import { ApiError } from '../../../shared/contract/index';
import { isLive } from '../../../shared/model/index';
import type { StoredJourney } from '../store/journeys-repository';

/** "active (version 3)", "paused (version 3)", "draft", … as messages name a journey's state. */
export function describeState(stored: StoredJourney): string {
  const { status } = stored.journey;
  return isLive(status) && stored.liveVersion !== null ? `${status} (version ${stored.liveVersion})` : status;
}

/** Journeys in the trash cannot run, so nothing about their lifecycle or content may change there. */
export function refuseInTrash(stored: StoredJourney, action: string): void {
  if (stored.deletedAt !== null) {
    throw new ApiError('CONFLICT', `"${stored.journey.name}" is in the trash. Restore it before ${action}.`);
  }
}

/**
 * Why the working document may not change, or null when it may. Drafts and Ready journeys are
 * edited directly; a live journey only through an open draft (its live version keeps running
 * untouched); a stopped or archived journey is kept as it last was.
 */
export function notEditableReason(stored: StoredJourney): string | null {
  const { name, status } = stored.journey;
  if (stored.deletedAt !== null) return `"${name}" is in the trash. Restore it before changing it.`;
  if (isLive(status)) {
    if (stored.draftOpen) return null;
    const running = status === 'active' ? 'the live version keeps running' : 'the paused version stays as it is';
    return `"${name}" is ${describeState(stored)}. Start a draft to change it; ${running}.`;
  }
  if (status === 'stopped') return `"${name}" is stopped and cannot be changed. Duplicate it to build on it.`;
  if (status === 'archived') return `"${name}" is archived. Unarchive it to change it.`;
  return null;
}

export function requireEditable(stored: StoredJourney): void {
  const reason = notEditableReason(stored);
  if (reason !== null) throw new ApiError('CONFLICT', reason);
}
