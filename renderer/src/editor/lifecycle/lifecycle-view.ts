import {
  canActivate,
  isLive,
  MANUAL_TRANSITIONS,
  transitionLabel,
  type JourneyStatus,
} from '../../../../shared/model/index';

/** Where an open journey stands in its lifecycle, as the editor knows it. */
export interface LifecycleState {
  status: JourneyStatus;
  /** The version the sender runs (or last ran, once stopped); null until first activated. */
  liveVersion: number | null;
  draftOpen: boolean;
  /** Published to this server through its journey API: the app that designed it owns the document. */
  publishedFromElsewhere?: boolean;
}

/**
 * A live journey's document is the running version until a draft is started; a stopped or
 * archived one is kept as it ran. Everything else is a draft being worked on.
 */
export function isReadOnly({
  status,
  draftOpen,
  publishedFromElsewhere,
}: Pick<LifecycleState, 'status' | 'draftOpen' | 'publishedFromElsewhere'>): boolean {
  if (publishedFromElsewhere) return true;
  if (isLive(status)) return !draftOpen;
  return status === 'stopped' || status === 'archived';
}

export type HeaderActionId =
  'validate' | 'activate' | 'startDraft' | 'discardDraft' | 'activateChanges' | 'versions' | 'export';

export type HeaderAction =
  | { kind: 'lifecycle'; id: HeaderActionId; label: string; primary?: boolean }
  | { kind: 'transition'; to: JourneyStatus; label: string; confirm: boolean };

/** Pausing holds every contact, stopping ends their paths and archiving hides the journey: all are asked first. */
const CONFIRMED_MOVES: ReadonlySet<JourneyStatus> = new Set(['paused', 'stopped', 'archived']);

/** The header's buttons for a state, in the order they are shown. */
export function headerActions(state: LifecycleState): HeaderAction[] {
  const actions: HeaderAction[] = [];
  const live = isLive(state.status);
  if (state.publishedFromElsewhere) {
    // Its document is edited where it was designed; here it is started, paused and stopped only.
  } else if (canActivate(state.status)) {
    actions.push({ kind: 'lifecycle', id: 'validate', label: 'Validate' });
    actions.push({ kind: 'lifecycle', id: 'activate', label: 'Activate', primary: true });
  } else if (live && state.draftOpen) {
    actions.push({ kind: 'lifecycle', id: 'validate', label: 'Validate' });
    actions.push({ kind: 'lifecycle', id: 'activateChanges', label: 'Activate changes…', primary: true });
    actions.push({ kind: 'lifecycle', id: 'discardDraft', label: 'Discard draft' });
  } else if (live) {
    actions.push({ kind: 'lifecycle', id: 'startDraft', label: 'Edit', primary: true });
  }
  for (const to of MANUAL_TRANSITIONS[state.status]) {
    actions.push({
      kind: 'transition',
      to,
      label: transitionLabel(state.status, to),
      confirm: CONFIRMED_MOVES.has(to),
    });
  }
  actions.push({ kind: 'lifecycle', id: 'versions', label: 'Versions' });
  actions.push({ kind: 'lifecycle', id: 'export', label: 'Export' });
  return actions;
}

/** "Version 3 live" beside the status; null before the first activation or once it no longer runs. */
export function liveVersionChip(state: LifecycleState): string | null {
  return state.liveVersion !== null && isLive(state.status) ? `Version ${state.liveVersion} live` : null;
}

/** The line over the canvas saying why it cannot be edited (or that a draft is being edited); null for a plain draft. */
export function lifecycleBanner(state: LifecycleState): { tone: 'readOnly' | 'draft'; text: string } | null {
  const version = state.liveVersion;
  if (state.publishedFromElsewhere)
    return {
      tone: 'readOnly',
      text: `Published from elsewhere and read-only here${version === null ? '' : `: version ${version} ${isLive(state.status) ? 'runs' : 'ran last'}`}. Publish a new version from the Journey Studio that designed it.`,
    };
  if (isLive(state.status)) {
    if (version === null) return null;
    return state.draftOpen
      ? {
          tone: 'draft',
          text: `Editing draft version ${version + 1}. Version ${version} keeps running until you activate the changes.`,
        }
      : {
          tone: 'readOnly',
          text: `Version ${version} is live and read-only. Edit to create draft version ${version + 1}.`,
        };
  }
  if (state.status === 'stopped') {
    return {
      tone: 'readOnly',
      text: `This journey is stopped and read-only${version === null ? '' : ` (version ${version} ran last)`}. Archive it, or duplicate a version from Versions to reuse it.`,
    };
  }
  if (state.status === 'archived')
    return { tone: 'readOnly', text: 'This journey is archived and read-only. Unarchive it to edit it as a draft.' };
  return null;
}

/** What Edit says once the draft is open. */
export function draftStartedMessage(liveVersion: number | null): string {
  return liveVersion === null
    ? 'Editing a new draft.'
    : `Editing draft version ${liveVersion + 1}; version ${liveVersion} keeps running.`;
}

/** What a confirmed status move asks. */
export function confirmTransitionText(
  name: string,
  to: JourneyStatus,
): { title: string; description: string; confirmLabel: string } {
  if (to === 'paused') {
    return {
      title: `Pause “${name}”?`,
      description:
        'Nobody new enters and contacts already in the journey wait where they are, receiving nothing, until you resume it.',
      confirmLabel: 'Pause journey',
    };
  }
  if (to === 'stopped') {
    return {
      title: `Stop “${name}”?`,
      description:
        'Nobody new enters. Contacts already in the journey finish it as it stands (their waits, messages and exits), unless you end it for them now. A stopped journey cannot be resumed; it can be archived or duplicated.',
      confirmLabel: 'Stop journey',
    };
  }
  return {
    title: `Archive “${name}”?`,
    description: 'The journey leaves the active lists and becomes read-only. Unarchiving brings it back as a draft.',
    confirmLabel: 'Archive',
  };
}

/** The notice after a status move. */
export function transitionDoneMessage(from: JourneyStatus, to: JourneyStatus, exitedInFlight = false): string {
  if (from === 'paused' && to === 'active') return 'Resumed: contacts move through the journey again.';
  if (to === 'paused') return 'Paused: contacts wait where they are until you resume.';
  if (to === 'stopped') {
    return exitedInFlight
      ? 'Stopped: nobody new enters and the contacts in flight have left the journey.'
      : 'Stopped: nobody new enters; contacts in flight finish the journey.';
  }
  if (to === 'archived') return 'Archived.';
  if (from === 'archived') return 'Unarchived: the journey is a draft again.';
  return `Moved back to ${to}.`;
}
