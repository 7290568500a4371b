import { describe, expect, it } from 'vitest';
import { JOURNEY_STATUSES, type JourneyStatus } from '../../../../shared/model/index';
import {
  confirmTransitionText,
  draftStartedMessage,
  headerActions,
  isReadOnly,
  lifecycleBanner,
  liveVersionChip,
  transitionDoneMessage,
  type HeaderAction,
} from '../../../../renderer/src/editor/lifecycle/lifecycle-view';

const labels = (actions: HeaderAction[]) => actions.map((action) => action.label);
const state = (status: JourneyStatus, liveVersion: number | null = null, draftOpen = false) => ({
  status,
  liveVersion,
  draftOpen,
});

describe('which header actions each state offers', () => {
  it('a draft is validated, activated or archived', () => {
    expect(labels(headerActions(state('draft')))).toEqual(['Validate', 'Activate', 'Archive', 'Versions', 'Export']);
  });

  it('a ready journey can also go back to draft', () => {
    expect(labels(headerActions(state('ready')))).toEqual([
      'Validate',
      'Activate',
      'Back to draft',
      'Archive',
      'Versions',
      'Export',
    ]);
  });

  it('a live journey without a draft is edited through Edit, and paused or stopped', () => {
    expect(labels(headerActions(state('active', 3)))).toEqual(['Edit', 'Pause', 'Stop', 'Versions', 'Export']);
    expect(labels(headerActions(state('paused', 3)))).toEqual(['Edit', 'Resume', 'Stop', 'Versions', 'Export']);
  });

  it('a live journey with an open draft activates its changes or discards it', () => {
    expect(labels(headerActions(state('active', 3, true)))).toEqual([
      'Validate',
      'Activate changes…',
      'Discard draft',
      'Pause',
      'Stop',
      'Versions',
      'Export',
    ]);
  });

  it('stopped and archived journeys only move on', () => {
    expect(labels(headerActions(state('stopped', 2)))).toEqual(['Archive', 'Versions', 'Export']);
    expect(labels(headerActions(state('archived', 2)))).toEqual(['Unarchive', 'Versions', 'Export']);
  });

  it('asks before pausing, stopping and archiving, and only then', () => {
    for (const status of JOURNEY_STATUSES) {
      for (const action of headerActions(state(status, 1))) {
        if (action.kind === 'transition')
          expect(action.confirm, `${status} → ${action.to}`).toBe(
            action.to === 'paused' || action.to === 'stopped' || action.to === 'archived',
          );
      }
    }
  });

  it('marks one primary action per state at most', () => {
    for (const status of JOURNEY_STATUSES) {
      for (const draftOpen of [false, true]) {
        const primaries = headerActions(state(status, 1, draftOpen)).filter(
          (action) => action.kind === 'lifecycle' && action.primary,
        );
        expect(primaries.length).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('read-only', () => {
  it('is the live version without a draft, and stopped or archived journeys', () => {
    expect(isReadOnly(state('draft'))).toBe(false);
    expect(isReadOnly(state('ready'))).toBe(false);
    expect(isReadOnly(state('active', 1))).toBe(true);
    expect(isReadOnly(state('paused', 1))).toBe(true);
    expect(isReadOnly(state('active', 1, true))).toBe(false);
    expect(isReadOnly(state('paused', 1, true))).toBe(false);
    expect(isReadOnly(state('stopped', 1))).toBe(true);
    expect(isReadOnly(state('archived', 1))).toBe(true);
  });
});

describe('what the header and banner say', () => {
  it('shows the live version beside the status only while it runs', () => {
    expect(liveVersionChip(state('active', 3))).toBe('Version 3 live');
    expect(liveVersionChip(state('paused', 3, true))).toBe('Version 3 live');
    expect(liveVersionChip(state('stopped', 3))).toBeNull();
    expect(liveVersionChip(state('draft'))).toBeNull();
  });

  it('explains a read-only live version and how to change it', () => {
    expect(lifecycleBanner(state('active', 3))).toEqual({
      tone: 'readOnly',
      text: 'Version 3 is live and read-only. Edit to create draft version 4.',
    });
  });

  it('reminds that an open draft is not live yet', () => {
    expect(lifecycleBanner(state('paused', 3, true))).toEqual({
      tone: 'draft',
      text: 'Editing draft version 4. Version 3 keeps running until you activate the changes.',
    });
  });

  it('explains stopped and archived journeys, and says nothing over a plain draft', () => {
    expect(lifecycleBanner(state('stopped', 2))?.text).toBe(
      'This journey is stopped and read-only (version 2 ran last). Archive it, or duplicate a version from Versions to reuse it.',
    );
    expect(lifecycleBanner(state('archived'))?.text).toBe(
      'This journey is archived and read-only. Unarchive it to edit it as a draft.',
    );
    expect(lifecycleBanner(state('draft'))).toBeNull();
    expect(lifecycleBanner(state('ready', 2))).toBeNull();
  });

  it('words Edit, the confirmations and the moves', () => {
    expect(draftStartedMessage(3)).toBe('Editing draft version 4; version 3 keeps running.');
    expect(confirmTransitionText('Welcome', 'stopped')).toMatchObject({
      title: 'Stop “Welcome”?',
      confirmLabel: 'Stop journey',
    });
    expect(confirmTransitionText('Welcome', 'paused')).toMatchObject({
      title: 'Pause “Welcome”?',
      confirmLabel: 'Pause journey',
    });
    expect(confirmTransitionText('Welcome', 'archived')).toMatchObject({
      title: 'Archive “Welcome”?',
      confirmLabel: 'Archive',
    });
    expect(transitionDoneMessage('active', 'paused')).toBe('Paused: contacts wait where they are until you resume.');
    expect(transitionDoneMessage('paused', 'active')).toBe('Resumed: contacts move through the journey again.');
    expect(transitionDoneMessage('archived', 'draft')).toBe('Unarchived: the journey is a draft again.');
    expect(transitionDoneMessage('active', 'stopped')).toBe(
      'Stopped: nobody new enters; contacts in flight finish the journey.',
    );
    expect(transitionDoneMessage('active', 'stopped', true)).toBe(
      'Stopped: nobody new enters and the contacts in flight have left the journey.',
    );
  });
});

describe('a journey published from elsewhere', () => {
  const published = (status: JourneyStatus, liveVersion: number | null = null) => ({
    ...state(status, liveVersion),
    publishedFromElsewhere: true,
  });

  it('is read-only in every status, and offers no Edit, Activate or Validate: only its moves, Versions and Export', () => {
    for (const status of JOURNEY_STATUSES) expect(isReadOnly(published(status))).toBe(true);
    expect(labels(headerActions(published('draft')))).toEqual(['Archive', 'Versions', 'Export']);
    expect(labels(headerActions(published('active', 2)))).toEqual(['Pause', 'Stop', 'Versions', 'Export']);
  });

  it('says where its versions come from, and which one runs', () => {
    expect(lifecycleBanner(published('active', 2))).toEqual({
      tone: 'readOnly',
      text: 'Published from elsewhere and read-only here: version 2 runs. Publish a new version from the Journey Studio that designed it.',
    });
    expect(lifecycleBanner(published('draft'))?.text).toMatch(/^Published from elsewhere and read-only here\. /);
  });
});
