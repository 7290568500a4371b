import { useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { JourneyTransitionEntry } from '../../../../shared/contract/index';
import { diffJourneys } from '../../../../shared/journey/diff';
import { useClient } from '../../api/client-context';
import { navigate } from '../../app/route';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { inOrder, defaultComparison, parseSide, sideLabel, type CompareSide, type Comparison } from './compare-choice';
import { DiffList } from './DiffList';
import { backToCurrent, closeVersionHistory } from './leave-version-view';
import { newestFirst, shortTime, transitionLine } from './transition-log';
import type { ComparedDocument } from './version-view';
import './versions.css';

interface VersionListing {
  version: number;
  createdAt: string;
  nodeCount: number;
  live: boolean;
}

type History =
  | { state: 'loading' }
  | { state: 'ready'; versions: VersionListing[]; transitions: JourneyTransitionEntry[] }
  | { state: 'error'; message: string };

/**
 * The journey's frozen versions and status changes, beside the canvas: open one read-only, restore
 * it as the draft, duplicate it as a new journey, or compare two of them on the canvas.
 */
export function VersionsPanel() {
  const client = useClient();
  const store = useAppStoreApi();
  const { journeyId, status, liveVersion, draftOpen, revision, view, setVersionView, focusVersionNode } = useAppStore(
    useShallow((s) => ({
      journeyId: s.editorJourneyId,
      status: s.journey?.status ?? 'draft',
      liveVersion: s.liveVersion,
      draftOpen: s.draftOpen,
      revision: s.savedRevision,
      view: s.versionView,
      setVersionView: s.setVersionView,
      focusVersionNode: s.focusVersionNode,
    })),
  );
  const [history, setHistory] = useState<History>({ state: 'loading' });
  const [picked, setPicked] = useState<Comparison | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const beforeId = useId();
  const afterId = useId();
  const lifecycle = { status, liveVersion, draftOpen };

  useEffect(() => {
    if (!journeyId) return;
    let current = true;
    Promise.all([client.versions.list({ journeyId }), client.journeys.transitions({ id: journeyId })])
      .then(([versions, transitions]) => current && setHistory({ state: 'ready', versions, transitions }))
      .catch((error: unknown) => current && setHistory({ state: 'error', message: messageOf(error) }));
    return () => {
      current = false;
    };
    // Reloaded whenever the lifecycle moves: a new version, a status change, a restored draft.
  }, [client, journeyId, status, liveVersion, draftOpen, revision]);

  const versions = useMemo(() => (history.state === 'ready' ? history.versions : []), [history]);
  const comparison =
    picked ??
    defaultComparison(
      versions.map((v) => v.version),
      lifecycle,
    );
  const compareView = view?.kind === 'compare' ? view : null;
  const diff = useMemo(
    () => (compareView ? diffJourneys(compareView.before.journey, compareView.after.journey) : null),
    [compareView],
  );

  async function attempt(failure: string, action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      store.getState().notify('error', `${failure}: ${messageOf(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function documentOf(side: CompareSide): Promise<ComparedDocument> {
    const label = sideLabel(side, lifecycle);
    if (side === 'current') {
      const journey = store.getState().journey;
      if (!journey) throw new Error('No journey is open.');
      return { label, version: null, journey };
    }
    const frozen = await client.versions.get({ journeyId: journeyId!, version: side });
    return { label, version: side, journey: frozen.journey };
  }

  const compare = (choice: Comparison) =>
    attempt('The versions could not be compared', async () => {
      const { before, after } = inOrder(choice);
      const [older, newer] = await Promise.all([documentOf(before), documentOf(after)]);
      setVersionView({ kind: 'compare', before: older, after: newer });
    });

  const duplicate = (version: number) =>
    attempt(`Version ${version} could not be duplicated`, async () => {
      const copy = await client.versions.duplicate({ journeyId: journeyId!, version });
      store.getState().notify('info', `Duplicated version ${version} as “${copy.journey.name}”.`);
      navigate({ page: 'editor', journeyId: copy.journey.id });
    });

  async function restore(version: number) {
    // A save still on its way would land on top of the restored draft.
    await store.getState().saveFlusher?.();
    const restored = await client.versions.restore({ journeyId: journeyId!, version });
    store.getState().applySavedJourney(restored);
    backToCurrent(store);
    store
      .getState()
      .notify(
        'info',
        `Version ${version} is the draft now${restored.draftOpen ? ` (draft version ${(restored.liveVersion ?? 0) + 1})` : ''}.`,
      );
  }

  const viewedVersion = view?.kind === 'version' ? view.version : null;
  // A stopped journey never changes again and an archived one is unarchived first; both can still be duplicated.
  const restorable = status !== 'stopped' && status !== 'archived';
  const sides: CompareSide[] = [...versions.map((v) => v.version), 'current'];

  return (
    <aside className="versions-panel" aria-label="Version history">
      <header className="versions-header">
        <h2>Versions</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close version history"
          onClick={() => closeVersionHistory(store)}
        >
          ×
        </button>
      </header>

      {history.state === 'loading' && <p role="status">Loading versions…</p>}
      {history.state === 'error' && (
        <p role="alert" className="field-error">
          The history could not be loaded: {history.message}
        </p>
      )}

      {versions.length > 0 && status === 'stopped' && (
        <p className="muted">Stopped journeys stay as they ran. Duplicate a version to run it again.</p>
      )}
      {versions.length > 0 && status === 'archived' && (
        <p className="muted">Unarchive the journey to restore a version as its draft.</p>
      )}

      {history.state === 'ready' && versions.length === 0 && (
        <p className="muted">No versions yet. Activating the journey freezes its first version here.</p>
      )}

      {versions.length > 0 && (
        <ol className="version-list" aria-label="Versions">
          {versions.map((item) => (
            <li
              key={item.version}
              className="version-row"
              aria-current={viewedVersion === item.version ? 'true' : undefined}
            >
              <div className="version-title">
                <strong>Version {item.version}</strong>
                {item.live && <span className="badge status-active">Live</span>}
              </div>
              <div className="muted">
                {shortTime(item.createdAt)} · {item.nodeCount} {item.nodeCount === 1 ? 'step' : 'steps'}
              </div>
              <div className="version-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Open version ${item.version}`}
                  onClick={() => navigate({ page: 'editor', journeyId: journeyId!, version: item.version })}
                >
                  Open
                </button>
                {restorable && (
                  <button
                    type="button"
                    className="button small"
                    disabled={busy}
                    aria-label={`Restore version ${item.version} as draft`}
                    onClick={() => setRestoring(item.version)}
                  >
                    Restore as draft
                  </button>
                )}
                <button
                  type="button"
                  className="button small"
                  disabled={busy}
                  aria-label={`Duplicate version ${item.version}`}
                  onClick={() => void duplicate(item.version)}
                >
                  Duplicate
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}

      {versions.length > 0 && comparison && (
        <section className="compare-form" aria-label="Compare versions">
          <h3>Compare</h3>
          <div className="compare-sides">
            <label htmlFor={beforeId}>From</label>
            <select
              id={beforeId}
              value={String(comparison.before)}
              onChange={(event) =>
                setPicked({ ...comparison, before: parseSide(event.target.value) ?? comparison.before })
              }
            >
              {sides.map((side) => (
                <option key={side} value={String(side)}>
                  {sideLabel(side, lifecycle)}
                </option>
              ))}
            </select>
            <label htmlFor={afterId}>To</label>
            <select
              id={afterId}
              value={String(comparison.after)}
              onChange={(event) =>
                setPicked({ ...comparison, after: parseSide(event.target.value) ?? comparison.after })
              }
            >
              {sides.map((side) => (
                <option key={side} value={String(side)}>
                  {sideLabel(side, lifecycle)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button small"
            disabled={busy || comparison.before === comparison.after}
            onClick={() => void compare(comparison)}
          >
            Compare on canvas
          </button>
        </section>
      )}

      {compareView && diff && (
        <section className="compare-result" aria-label="Differences">
          <h3>
            {compareView.before.label} → {compareView.after.label}
          </h3>
          <p className="muted diff-legend">
            <span className="legend added">Added</span> <span className="legend changed">Changed</span>{' '}
            <span className="legend removed">Removed</span> — select a step to show it.
          </p>
          <DiffList diff={diff} onSelectStep={focusVersionNode} />
        </section>
      )}

      {history.state === 'ready' && history.transitions.length > 0 && (
        <section className="transition-log" aria-label="Status history">
          <h3>Status history</h3>
          <ol>
            {newestFirst(history.transitions).map((entry, index) => (
              <li key={`${entry.at}-${index}`}>{transitionLine(entry)}</li>
            ))}
          </ol>
        </section>
      )}

      {restoring !== null && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setRestoring(null)}
          title={`Restore version ${restoring} as the draft?`}
          description={
            liveVersion !== null && (status === 'active' || status === 'paused')
              ? `Version ${restoring}'s steps become draft version ${liveVersion + 1}; version ${liveVersion} keeps running until you activate the changes. Versions themselves never change.`
              : `The current draft is replaced by version ${restoring}'s steps. Versions themselves never change.`
          }
          confirmLabel="Restore as draft"
          onConfirm={() => restore(restoring)}
        />
      )}
    </aside>
  );
}
