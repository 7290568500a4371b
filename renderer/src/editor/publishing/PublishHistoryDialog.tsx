import { useEffect, useState } from 'react';
import { Dialog } from 'radix-ui';
import type { PublishRecord } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { messageOf } from '../../store/message-of';
import { DialogCloseFooter } from '../../ui/DialogCloseFooter';

const RESULT_LABEL: Record<PublishRecord['result'], string> = {
  published: 'Published',
  refused: 'Refused',
  failed: 'Not reached',
};

/** Every publish of the journey, newest first: when, which version, where, by which key, and the result. */
export function PublishHistoryDialog({
  journeyId,
  onOpenChange,
}: {
  journeyId: string;
  onOpenChange(open: boolean): void;
}) {
  const client = useClient();
  const [records, setRecords] = useState<PublishRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client.publisher.history({ journeyId }).then(setRecords, (failure: unknown) => setError(messageOf(failure)));
  }, [client, journeyId]);

  return (
    <Dialog.Root open onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog publish-history-dialog">
          <Dialog.Title className="dialog-title">Publish history</Dialog.Title>
          <Dialog.Description className="dialog-description">
            Every version sent to a backend, with the key it went with (by its last four characters) and the backend’s
            answer.
          </Dialog.Description>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          {records === null && error === null && <p role="status">Loading…</p>}
          {records?.length === 0 && <p className="muted">Not published yet.</p>}
          {records && records.length > 0 && (
            <table className="publish-history" aria-label="Publish history">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Version</th>
                  <th scope="col">Backend</th>
                  <th scope="col">Key</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {records.map((record) => (
                  <tr key={record.id}>
                    <td>
                      <time dateTime={record.at}>{new Date(record.at).toLocaleString()}</time>
                    </td>
                    <td>{record.version}</td>
                    <td title={record.baseUrl}>{record.backendName}</td>
                    <td>
                      <code>…{record.keyHint}</code>
                    </td>
                    <td>
                      {RESULT_LABEL[record.result]}
                      {record.result === 'published' && record.remoteVersion !== null
                        ? ` as version ${record.remoteVersion} there`
                        : ''}
                      {record.detail && <div className="muted">{record.detail}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <DialogCloseFooter />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
