import { useState } from 'react';
import type { Publication } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { useAppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { StatusBadge } from '../../ui/StatusBadge';
import { PublishHistoryDialog } from './PublishHistoryDialog';
import { countsText, remoteMoves, runningVersionText } from './publication-text';
import { usePublications } from './use-publications';
import './publishing.css';

/**
 * Where the open journey is published: per backend its state there (status, the version that
 * runs and which version here it is, its counts), read again every few seconds while the page is
 * visible, with Start and Stop acting on the backend, and the publish history.
 */
export function PublicationsBar({ journeyId }: { journeyId: string }) {
  const { publications, error, replace } = usePublications(journeyId);
  const [historyOpen, setHistoryOpen] = useState(false);
  if (!publications?.length && error === null) return null;
  return (
    <section className="publications-bar" aria-label="Published to backends">
      {error && (
        <p role="alert" className="field-error">
          Where this journey is published could not be read: {error}
        </p>
      )}
      {publications?.map((publication) => (
        <PublicationRow
          key={publication.backendId}
          journeyId={journeyId}
          publication={publication}
          onAnswer={replace}
        />
      ))}
      <button type="button" className="button small publications-history" onClick={() => setHistoryOpen(true)}>
        Publish history
      </button>
      {historyOpen && <PublishHistoryDialog journeyId={journeyId} onOpenChange={setHistoryOpen} />}
    </section>
  );
}

function PublicationRow({
  journeyId,
  publication,
  onAnswer,
}: {
  journeyId: string;
  publication: Publication;
  onAnswer: (publication: Publication) => void;
}) {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const [confirmingStop, setConfirmingStop] = useState(false);
  const { state } = publication;
  const moves = remoteMoves(state);
  const name = publication.backendName;

  async function move(to: 'start' | 'stop') {
    setBusy(true);
    try {
      const answer = await client.publisher[to]({ journeyId, backendId: publication.backendId });
      onAnswer(answer);
      notify('info', to === 'start' ? `Started on ${name}.` : `Stopped on ${name}: those in flight finish there.`);
    } catch (failure) {
      notify('error', `${name} did not ${to} the journey: ${messageOf(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="publication" role="group" aria-label={`On ${name}`}>
      <strong>{name}</strong>
      {state ? (
        <>
          <StatusBadge status={state.status} />
          <span>{runningVersionText(publication)}</span>
          <span className="muted">{countsText(state)}</span>
        </>
      ) : (
        <span role="alert" className="field-error">
          State unknown: {publication.error}
        </span>
      )}
      {moves.start && (
        <button type="button" className="button small" disabled={busy} onClick={() => void move('start')}>
          Start on {name}
        </button>
      )}
      {moves.stop && (
        <button type="button" className="button small danger" disabled={busy} onClick={() => setConfirmingStop(true)}>
          Stop on {name}
        </button>
      )}
      <ConfirmDialog
        open={confirmingStop}
        title={`Stop “${state?.name ?? ''}” on ${name}?`}
        description={`Nobody new enters it on ${name}; those in flight there finish their journey. A journey stopped there does not start again; publishing to it afterwards makes a new journey there.`}
        confirmLabel="Stop there"
        onOpenChange={setConfirmingStop}
        onConfirm={() => move('stop')}
      />
    </div>
  );
}
