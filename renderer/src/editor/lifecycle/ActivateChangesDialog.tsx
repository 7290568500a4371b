import { useEffect, useMemo, useState } from 'react';
import { Dialog } from 'radix-ui';
import { diffJourneys, isRunEquivalent, summarizeDiff } from '../../../../shared/journey/diff';
import type { Journey } from '../../../../shared/model/index';
import { useClient } from '../../api/client-context';
import { useAppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { DiffList } from '../versions/DiffList';

interface ActivateChangesDialogProps {
  liveVersion: number;
  onOpenChange(open: boolean): void;
  onActivate(): Promise<void>;
}

type Live = { state: 'loading' } | { state: 'ready'; journey: Journey } | { state: 'error'; message: string };

/** What activating the draft changes, compared with the live version, before it goes live. */
export function ActivateChangesDialog({ liveVersion, onOpenChange, onActivate }: ActivateChangesDialogProps) {
  const client = useClient();
  const journeyId = useAppStore((s) => s.editorJourneyId);
  const draft = useAppStore((s) => s.journey);
  const [live, setLive] = useState<Live>({ state: 'loading' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!journeyId) return;
    let current = true;
    client.versions
      .get({ journeyId, version: liveVersion })
      .then((frozen) => current && setLive({ state: 'ready', journey: frozen.journey }))
      .catch((error: unknown) => current && setLive({ state: 'error', message: messageOf(error) }));
    return () => {
      current = false;
    };
  }, [client, journeyId, liveVersion]);

  const diff = useMemo(
    () => (live.state === 'ready' && draft ? diffJourneys(live.journey, draft) : null),
    [live, draft],
  );

  async function activate() {
    setBusy(true);
    try {
      await onActivate();
    } finally {
      setBusy(false);
      onOpenChange(false);
    }
  }

  return (
    <Dialog.Root open onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog activate-changes-dialog">
          <Dialog.Title className="dialog-title">Activate draft version {liveVersion + 1}?</Dialog.Title>
          <Dialog.Description className="dialog-description">
            Version {liveVersion + 1} replaces version {liveVersion} for contacts entering from now on. Version{' '}
            {liveVersion} stays in the history.
          </Dialog.Description>
          {live.state === 'loading' && <p role="status">Comparing with version {liveVersion}…</p>}
          {live.state === 'error' && (
            <p role="alert" className="field-error">
              Version {liveVersion} could not be loaded to compare: {live.message}
            </p>
          )}
          {diff && (
            <>
              <p className="diff-summary">
                Changes since version {liveVersion}: {summarizeDiff(diff)}.
              </p>
              {isRunEquivalent(diff) && <p className="muted">Nothing that contacts go through has changed.</p>}
              <DiffList diff={diff} />
            </>
          )}
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button" className="button">
                Cancel
              </button>
            </Dialog.Close>
            <button
              type="button"
              className="button primary"
              disabled={busy || live.state === 'loading'}
              onClick={() => void activate()}
            >
              Activate version {liveVersion + 1}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
