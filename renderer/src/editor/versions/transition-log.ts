import type { JourneyTransitionEntry } from '../../../../shared/contract/index';

/** What one status change was, in the words of the header's buttons: "Activated v1", "Paused". */
export function transitionText({ from, to, version }: Pick<JourneyTransitionEntry, 'from' | 'to' | 'version'>): string {
  const v = version === null ? '' : ` v${version}`;
  // Activating an open draft's changes keeps the status and moves the live version on.
  if (from === to) return `Changes activated${v}`;
  if (from === 'paused' && to === 'active') return 'Resumed';
  switch (to) {
    case 'active':
      return `Activated${v}`;
    case 'paused':
      return 'Paused';
    case 'stopped':
      return 'Stopped';
    case 'archived':
      return 'Archived';
    case 'ready':
      return 'Validated: ready';
    case 'draft':
      if (from === 'archived') return 'Unarchived';
      return from === null ? 'Created' : 'Back to draft';
  }
}

const SHORT = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** "21 Nov, 10:02": when a version was made or a status changed; the raw text if it is not a date. */
export function shortTime(iso: string, format: Intl.DateTimeFormat = SHORT): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : format.format(at);
}

/** "Activated v1 · 21 Nov, 10:02" */
export function transitionLine(entry: JourneyTransitionEntry, format: Intl.DateTimeFormat = SHORT): string {
  return `${transitionText(entry)} · ${shortTime(entry.at, format)}`;
}

/** Newest first, as the history lists them. */
export function newestFirst(entries: readonly JourneyTransitionEntry[]): JourneyTransitionEntry[] {
  return [...entries].reverse();
}
