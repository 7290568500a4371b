import { useEffect, useState } from 'react';
import { useClient } from '../../api/client-context';
import { downloadText } from '../../api/download';
import { nativePathOf } from '../../api/page-host';
import { useAppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { useContactLists, useCustomerFields } from '../use-audience-data';
import { rejectRows } from './import-format';
import { ImportProgressView, type ImportSummary } from './ImportProgressView';
import { ImportSummaryView } from './ImportSummaryView';
import { MappingStep, type ImportChoices, type ImportPreview } from './MappingStep';
import { parseCsv } from './parse-csv';
import { PickFileStep } from './PickFileStep';

type Source = { path: string } | { uploadId: string };
type Step =
  | { step: 'pick' }
  | { step: 'map'; fileName: string; source: Source; preview: ImportPreview }
  | { step: 'running'; summary: ImportSummary }
  | { step: 'summary'; summary: ImportSummary };

/** The rejects table shows this many; the download has them all. */
const REJECTS_SHOWN = 500;
/** Progress arrives as events; polling as well covers an event missed while the stream reconnects. */
const POLL_MS = 1000;

/** Importing a CSV: pick → read and map → progress → summary with the rejected rows. */
export function ImportWizard({ onClose }: { onClose(): void }) {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const { fields, reload: reloadFields } = useCustomerFields();
  const { reload: reloadLists } = useContactLists();
  const [state, setState] = useState<Step>({ step: 'pick' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [rejects, setRejects] = useState<{ jobId: string; rows: { line: string; reason: string }[] } | null>(null);

  const jobId = state.step === 'running' ? state.summary.jobId : null;
  useEffect(() => {
    if (jobId === null) return;
    const update = (summary: ImportSummary) => {
      if (summary.jobId !== jobId) return;
      setState(summary.state === 'running' ? { step: 'running', summary } : { step: 'summary', summary });
    };
    const unsubscribe = client.on('importProgress', (payload) => update(payload as ImportSummary));
    const timer = setInterval(() => void client.imports.status({ jobId }).then(update, () => undefined), POLL_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [client, jobId]);

  const finished = state.step === 'summary' ? state.summary : null;
  useEffect(() => {
    if (finished === null) return;
    // New fields and lists may have been made by the import.
    void reloadFields();
    void reloadLists();
    if (finished.rowsRejected === 0) return;
    let current = true;
    client.imports.rejects({ jobId: finished.jobId }).then(
      ({ csv }) =>
        current && setRejects({ jobId: finished.jobId, rows: rejectRows(parseCsv(csv)).slice(0, REJECTS_SHOWN) }),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [client, finished, reloadFields, reloadLists]);

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  const pickFile = (file: File) =>
    attempt(async () => {
      const path = nativePathOf(file);
      const source: Source = path ? { path } : await client.imports.upload(file);
      const preview = await client.imports.preview({ source });
      setState({ step: 'map', fileName: file.name, source, preview });
    });

  const downloadTemplate = () =>
    attempt(async () => {
      const { fileName, csv } = await client.imports.template();
      downloadText(fileName, csv);
    });

  return (
    <main className="page contacts-import">
      <header className="page-header">
        <h1>Import contacts</h1>
        <button type="button" className="button" onClick={onClose}>
          Back to contacts
        </button>
      </header>
      {error && (
        <p role="alert" className="error-panel">
          {error}
        </p>
      )}
      {state.step === 'pick' && (
        <PickFileStep busy={busy} onFile={(file) => void pickFile(file)} onTemplate={() => void downloadTemplate()} />
      )}
      {state.step === 'map' && (
        <MappingStep
          fileName={state.fileName}
          preview={state.preview}
          fields={fields}
          busy={busy}
          onBack={() => setState({ step: 'pick' })}
          onReadAs={(delimiter, encoding) =>
            void attempt(async () => {
              const preview = await client.imports.preview({ source: state.source, delimiter, encoding });
              setState({ ...state, preview });
            })
          }
          onStart={(choices: ImportChoices) =>
            void attempt(async () => {
              const summary = await client.imports.start({ source: state.source, ...choices });
              setCancelling(false);
              setState(summary.state === 'running' ? { step: 'running', summary } : { step: 'summary', summary });
            })
          }
        />
      )}
      {state.step === 'running' && (
        <ImportProgressView
          summary={state.summary}
          cancelling={cancelling}
          onCancel={() => {
            setCancelling(true);
            client.imports
              .cancel({ jobId: state.summary.jobId })
              .catch((failure: unknown) => notify('error', messageOf(failure)));
          }}
        />
      )}
      {state.step === 'summary' && (
        <ImportSummaryView
          summary={state.summary}
          rejects={rejects?.jobId === state.summary.jobId ? rejects.rows : null}
          onDownloadRejects={() =>
            void attempt(async () => {
              const { fileName, csv } = await client.imports.rejects({ jobId: state.summary.jobId });
              downloadText(fileName, csv);
            })
          }
          onAnother={() => setState({ step: 'pick' })}
          onClose={onClose}
        />
      )}
    </main>
  );
}
