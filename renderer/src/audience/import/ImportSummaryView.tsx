import type { ImportSummary } from './ImportProgressView';

interface ImportSummaryViewProps {
  summary: ImportSummary;
  rejects: { line: string; reason: string }[] | null;
  onDownloadRejects(): void;
  onAnother(): void;
  onClose(): void;
}

const STATE_TITLES: Record<ImportSummary['state'], string> = {
  running: 'Importing',
  done: 'Import finished',
  cancelled: 'Import cancelled',
  failed: 'Import failed',
};

/** Step 5: what happened, and every rejected row with its line and reason. */
export function ImportSummaryView({ summary, rejects, onDownloadRejects, onAnother, onClose }: ImportSummaryViewProps) {
  return (
    <section aria-label="Import summary" className="import-steps">
      <h2>{STATE_TITLES[summary.state]}</h2>
      {summary.message && <p>{summary.message}</p>}
      <dl className="detail-fields">
        <dt>Rows read</dt>
        <dd>{summary.rowsRead.toLocaleString()}</dd>
        <dt>Imported</dt>
        <dd>{summary.rowsImported.toLocaleString()}</dd>
        <dt>Updated</dt>
        <dd>{summary.rowsUpdated.toLocaleString()}</dd>
        <dt>Skipped</dt>
        <dd>{summary.rowsSkipped.toLocaleString()}</dd>
        <dt>Rejected</dt>
        <dd>{summary.rowsRejected.toLocaleString()}</dd>
      </dl>
      {summary.rowsRejected > 0 && (
        <>
          <h2>Rejected rows</h2>
          {rejects === null ? (
            <p className="muted">Loading the rejected rows…</p>
          ) : (
            <div className="preview-scroll">
              <table className="audience-table" aria-label="Rejected rows">
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  {rejects.map((reject) => (
                    <tr key={reject.line}>
                      <td>{reject.line}</td>
                      <td>{reject.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <button type="button" className="button" onClick={onDownloadRejects}>
            Download rejected rows
          </button>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
        <button type="button" className="button primary" onClick={onClose}>
          Back to contacts
        </button>
      </div>
    </section>
  );
}
