import type { JourneyStatus } from './journey-status';

/**
 * The user-driven moves between lifecycle states. Activation (draft/ready → active, and
 * activating the changes of an active or paused journey) is not here: it needs validation and
 * a frozen version, so it has its own service method.
 */
export const MANUAL_TRANSITIONS: Readonly<Record<JourneyStatus, readonly JourneyStatus[]>> = {
  draft: ['archived'],
  ready: ['draft', 'archived'],
  active: ['paused', 'stopped'],
  paused: ['active', 'stopped'],
  stopped: ['archived'],
  // Unarchiving brings the journey back as an editable draft; activating it again makes a new version.
  archived: ['draft'],
};

export function canTransition(from: JourneyStatus, to: JourneyStatus): boolean {
  return MANUAL_TRANSITIONS[from].includes(to);
}

/** States whose live version runs; their document is read-only until a draft is started. */
export function isLive(status: JourneyStatus): boolean {
  return status === 'active' || status === 'paused';
}

/** States that can be activated (first activation). */
export function canActivate(status: JourneyStatus): boolean {
  return status === 'draft' || status === 'ready';
}

/** Names of moves as the UI labels them. */
export function transitionLabel(from: JourneyStatus, to: JourneyStatus): string {
  if (from === 'paused' && to === 'active') return 'Resume';
  if (to === 'paused') return 'Pause';
  if (to === 'stopped') return 'Stop';
  if (to === 'archived') return 'Archive';
  if (from === 'archived' && to === 'draft') return 'Unarchive';
  if (from === 'ready' && to === 'draft') return 'Back to draft';
  return `Move to ${to}`;
}
