import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { journeyHealth, problemCountText } from '../../../../shared/journey/summary';
import type { JourneyStatus } from '../../../../shared/model/index';
import { useClient } from '../../api/client-context';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { StatusBadge } from '../../ui/StatusBadge';
import { closeVersionHistory } from '../versions/leave-version-view';
import { createLifecycleActions } from './lifecycle-actions';
import { confirmTransitionText, headerActions, liveVersionChip, type HeaderAction } from './lifecycle-view';
import { lifecycleFacts } from './lifecycle-facts';
import { LifecycleFactsList } from './LifecycleFactsList';
import { ActivateChangesDialog } from './ActivateChangesDialog';
import { PublishToButton } from '../publishing/PublishToButton';
import './lifecycle.css';

type Pending =
  | { kind: 'transition'; to: JourneyStatus }
  | { kind: 'activate' }
  | { kind: 'discard' }
  | { kind: 'activateChanges' }
  | null;

/** The facts of the open journey as it stands, for a lifecycle confirmation. */
function OpenJourneyFacts({ activating }: { activating: boolean }) {
  const journey = useAppStore((s) => s.journey);
  const problems = useAppStore((s) => s.problems);
  const facts = useMemo(
    () =>
      journey
        ? lifecycleFacts(
            journey,
            problems.map((view) => view.diagnostic),
          )
        : null,
    [journey, problems],
  );
  return facts ? <LifecycleFactsList facts={facts} activating={activating} /> : null;
}

/** Status, live version and the lifecycle buttons of the open journey, in the editor's header. */
export function LifecycleHeader() {
  const client = useClient();
  const store = useAppStoreApi();
  const actions = useMemo(() => createLifecycleActions(client, store), [client, store]);
  const { name, status, liveVersion, draftOpen, publishedFromElsewhere, errors, historyShown, setVersionsOpen } =
    useAppStore(
      useShallow((s) => ({
        name: s.journey?.name ?? '',
        status: s.journey?.status,
        liveVersion: s.liveVersion,
        draftOpen: s.draftOpen,
        publishedFromElsewhere: s.publishedHistory.length > 0,
        errors: s.problemCounts.errors,
        // A version or comparison on screen keeps the history beside it.
        historyShown: s.versionsOpen || s.versionView !== null,
        setVersionsOpen: s.setVersionsOpen,
      })),
    );
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  const [exitInFlight, setExitInFlight] = useState(false);

  if (!status) return null;
  const state = { status, liveVersion, draftOpen, publishedFromElsewhere };
  const chip = liveVersionChip(state);
  // The dashboard's rule: Broken only for a journey meant to run; an unfinished draft counts its problems.
  const health = journeyHealth({ status, problems: { errors } });

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  function choose(action: HeaderAction) {
    if (action.kind === 'transition') {
      if (action.confirm) {
        setExitInFlight(false);
        setPending({ kind: 'transition', to: action.to });
      } else void run(() => actions.transition(action.to));
      return;
    }
    switch (action.id) {
      case 'validate':
        return void run(actions.validate);
      case 'activate':
        return setPending({ kind: 'activate' });
      case 'startDraft':
        return void run(actions.startDraft);
      case 'discardDraft':
        return setPending({ kind: 'discard' });
      case 'activateChanges':
        return setPending({ kind: 'activateChanges' });
      case 'versions':
        return historyShown ? closeVersionHistory(store) : setVersionsOpen(true);
      case 'export':
        return void run(actions.exportJourney);
    }
  }

  const close = (open: boolean) => {
    if (!open) setPending(null);
  };

  return (
    <>
      <StatusBadge status={status} />
      {health.state === 'broken' && <StatusBadge status={status} broken />}
      {health.state === 'unfinished' && (
        <span className="badge status-problems">{problemCountText(health.problems)}</span>
      )}
      {chip && <span className="badge live-version-chip">{chip}</span>}
      {draftOpen && liveVersion !== null && <span className="badge draft-open-chip">Draft v{liveVersion + 1}</span>}
      <div className="lifecycle-actions" role="group" aria-label="Journey lifecycle">
        {headerActions(state).map((action) => {
          const key = action.kind === 'transition' ? `to-${action.to}` : action.id;
          const pressed = action.kind === 'lifecycle' && action.id === 'versions' ? historyShown : undefined;
          const primary = action.kind === 'lifecycle' && action.primary;
          const danger = action.kind === 'transition' && action.to === 'stopped';
          return (
            <button
              key={key}
              type="button"
              className={`button small${primary ? ' primary' : ''}${danger ? ' danger' : ''}`}
              aria-pressed={pressed}
              // One lifecycle call at a time; the history can still be opened meanwhile.
              disabled={busy && pressed === undefined}
              onClick={() => choose(action)}
            >
              {action.label}
            </button>
          );
        })}
        <PublishToButton />
      </div>
      {pending?.kind === 'transition' && (
        <ConfirmDialog
          open
          onOpenChange={close}
          {...confirmTransitionText(name, pending.to)}
          onConfirm={() => actions.transition(pending.to, pending.to === 'stopped' && exitInFlight)}
        >
          <OpenJourneyFacts activating={false} />
          {pending.to === 'stopped' && (
            <label className="stop-exit-choice">
              <input type="checkbox" checked={exitInFlight} onChange={(e) => setExitInFlight(e.target.checked)} />
              End the journey now for the contacts in flight (they receive nothing more)
            </label>
          )}
        </ConfirmDialog>
      )}
      {pending?.kind === 'activate' && (
        <ConfirmDialog
          open
          onOpenChange={close}
          tone="primary"
          title={`Activate “${name}”?`}
          description={`Version ${(liveVersion ?? 0) + 1} is frozen and goes live: contacts start entering and receive its messages.`}
          confirmLabel="Activate"
          onConfirm={actions.activate}
        >
          <OpenJourneyFacts activating />
        </ConfirmDialog>
      )}
      {pending?.kind === 'discard' && (
        <ConfirmDialog
          open
          onOpenChange={close}
          title={`Discard draft version ${(liveVersion ?? 0) + 1}?`}
          description={`Every change made since Edit is thrown away and the journey shows version ${liveVersion ?? ''} again. This cannot be undone.`}
          confirmLabel="Discard draft"
          onConfirm={actions.discardDraft}
        />
      )}
      {pending?.kind === 'activateChanges' && liveVersion !== null && (
        <ActivateChangesDialog liveVersion={liveVersion} onOpenChange={close} onActivate={actions.activate} />
      )}
    </>
  );
}
