import { useEffect, useId, useState } from 'react';
import { Dialog } from 'radix-ui';
import type { BackendView, PublishOutcome } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { hrefFor } from '../../app/route';
import { messageOf } from '../../store/message-of';
import { outcomeText } from './publication-text';
import { publicationsChanged } from './publication-signal';

interface PublishToDialogProps {
  journeyId: string;
  journeyName: string;
  version: number;
  onOpenChange(open: boolean): void;
}

type Backends = { state: 'loading' } | { state: 'ready'; list: BackendView[] } | { state: 'error'; message: string };

/**
 * Publish to…: sends the version that is live here to a delivery backend, as a self-contained
 * version (document, templates, customer fields; secrets by name only). The backend's answer is
 * shown as it gave it, with what to do next when it did not take the version.
 */
export function PublishToDialog({ journeyId, journeyName, version, onOpenChange }: PublishToDialogProps) {
  const client = useClient();
  const selectId = useId();
  const [backends, setBackends] = useState<Backends>({ state: 'loading' });
  const [backendId, setBackendId] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PublishOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client.backends.list().then(
      (list) => {
        setBackends({ state: 'ready', list });
        setBackendId((chosen) => chosen || (list[0]?.id ?? ''));
      },
      (failure: unknown) => setBackends({ state: 'error', message: messageOf(failure) }),
    );
  }, [client]);

  async function publish() {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const answer = await client.publisher.publish({ journeyId, backendId });
      setOutcome(answer);
      publicationsChanged(journeyId);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  const said = outcome ? outcomeText(outcome) : null;
  const list = backends.state === 'ready' ? backends.list : [];
  return (
    <Dialog.Root open onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog publish-to-dialog">
          <Dialog.Title className="dialog-title">Publish “{journeyName}” to a backend</Dialog.Title>
          <Dialog.Description className="dialog-description">
            Version {version}, the version live here, goes with its templates and customer fields. Secrets go by name
            only: the backend fills them in from its own secrets of the same names.
          </Dialog.Description>
          {backends.state === 'loading' && <p role="status">Loading backends…</p>}
          {backends.state === 'error' && (
            <p role="alert" className="field-error">
              The backends could not be listed: {backends.message}
            </p>
          )}
          {backends.state === 'ready' && list.length === 0 && (
            <p>
              No backend is set up yet. Add one in{' '}
              <a href={`${hrefFor({ page: 'settings' })}`} onClick={() => onOpenChange(false)}>
                Settings → Backends
              </a>
              .
            </p>
          )}
          {list.length > 0 && (
            <div className="field">
              <label className="field-label" htmlFor={selectId}>
                Backend
              </label>
              <select id={selectId} value={backendId} onChange={(event) => setBackendId(event.target.value)}>
                {list.map((backend) => (
                  <option key={backend.id} value={backend.id}>
                    {backend.name} ({backend.baseUrl})
                  </option>
                ))}
              </select>
            </div>
          )}
          {said && (
            <p
              role={said.tone === 'ok' ? 'status' : 'alert'}
              className={said.tone === 'ok' ? 'publish-ok' : 'field-error'}
            >
              {said.text}
            </p>
          )}
          {outcome?.advice && <p className="publish-advice">{outcome.advice}</p>}
          {outcome && outcome.warnings.length > 0 && (
            <ul className="publish-warnings" aria-label="Warnings">
              {outcome.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button" className="button">
                {outcome?.record.result === 'published' ? 'Close' : 'Cancel'}
              </button>
            </Dialog.Close>
            <button
              type="button"
              className="button primary"
              disabled={busy || backendId === '' || outcome?.record.result === 'published'}
              onClick={() => void publish()}
            >
              {busy
                ? 'Publishing…'
                : outcome && outcome.record.result !== 'published'
                  ? 'Publish again'
                  : `Publish version ${version}`}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
