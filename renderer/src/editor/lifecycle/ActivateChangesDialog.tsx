import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Dialog } from 'radix-ui';
import type { ActivationImpact, RunMove } from '../../../../shared/contract/index';
import { diffJourneys, isRunEquivalent, summarizeDiff } from '../../../../shared/journey/diff';
import type { Journey } from '../../../../shared/model/index';
import { useClient } from '../../api/client-context';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { FormDialogFooter } from '../../ui/FormDialogFooter';
import { DiffList } from '../versions/DiffList';
import { initialChoices, movesOf, type StepChoice } from './activation-impact-view';
import { InFlightImpact } from './InFlightImpact';

interface ActivateChangesDialogProps {
  liveVersion: number;
  onOpenChange(open: boolean): void;
  onActivate(moves: readonly RunMove[]): Promise<void>;
}

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/**
 * What activating the draft changes, compared with the live version, and who is waiting where
 * (with the choice, per changed or removed step, to move them to the new version) before it goes live.
 */
export function ActivateChangesDialog({ liveVersion, onOpenChange, onActivate }: ActivateChangesDialogProps) {
  const client = useClient();
  const store = useAppStoreApi();
  const journeyId = useAppStore((s) => s.editorJourneyId);
  const draft = useAppStore((s) => s.journey);
  const [live, setLive] = useState<Loaded<Journey>>({ state: 'loading' });
  const [impact, setImpact] = useState<Loaded<ActivationImpact>>({ state: 'loading' });
  const [choices, setChoices] = useState<ReadonlyMap<string, StepChoice>>(new Map());
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!journeyId) return;
    let current = true;
    const failed = (set: (loaded: { state: 'error'; message: string }) => void) => (error: unknown) =>
      current && set({ state: 'error', message: messageOf(error) });
    client.versions
      .get({ journeyId, version: liveVersion })
      .then((frozen) => current && setLive({ state: 'ready', value: frozen.journey }))
      .catch(failed(setLive));
    // Against the draft as saved: pending edits are saved first, as activation itself does.
    store
      .getState()
      .settleSaves()
      .then(() => client.journeys.activationImpact({ id: journeyId }))
      .then((value) => {
        if (!current) return;
        setImpact({ state: 'ready', value });
        setChoices(initialChoices(value));
      })
      .catch(failed(setImpact));
    return () => {
      current = false;
    };
  }, [client, store, journeyId, liveVersion]);

  const diff = useMemo(() => (live.state === 'ready' && draft ? diffJourneys(live.value, draft) : null), [live, draft]);

  async function activate(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onActivate(impact.state === 'ready' ? movesOf(impact.value, choices) : []);
    } finally {
      setBusy(false);
      onOpenChange(false);
    }
  }

  const choose = (key: string, choice: StepChoice) => setChoices((before) => new Map(before).set(key, choice));

  return (
    <Dialog.Root open onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog activate-changes-dialog">
          <form onSubmit={(event) => void activate(event)}>
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
            {impact.state === 'loading' && <p role="status">Counting the contacts in flight…</p>}
            {impact.state === 'error' && (
              <p role="alert" className="field-error">
                The contacts in flight could not be counted ({impact.message}); they stay on their version.
              </p>
            )}
            {impact.state === 'ready' && <InFlightImpact impact={impact.value} choices={choices} onChoose={choose} />}
            <FormDialogFooter
              error={null}
              busy={busy || live.state === 'loading' || impact.state === 'loading'}
              submitLabel={`Activate version ${liveVersion + 1}`}
            />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
