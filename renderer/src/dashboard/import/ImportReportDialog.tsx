import { Dialog } from 'radix-ui';
import type { ImportFailure, ImportResult } from './journey-file';

export type ImportReport =
  { kind: 'failed'; failure: ImportFailure } | { kind: 'warnings'; result: ImportResult } | null;

interface ImportReportDialogProps {
  report: ImportReport;
  onClose(): void;
  onOpenJourney(id: string): void;
}

/** Why an import was refused (each issue with its JSON path), or what an import could not carry over. */
export function ImportReportDialog({ report, onClose, onOpenJourney }: ImportReportDialogProps) {
  if (!report) return null;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog import-report">
          {report.kind === 'failed' ? <Failed failure={report.failure} /> : <Warnings result={report.result} />}
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button" className="button">
                Close
              </button>
            </Dialog.Close>
            {report.kind === 'warnings' && (
              <button type="button" className="button primary" onClick={() => onOpenJourney(report.result.journey.id)}>
                Open journey
              </button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function Failed({ failure }: { failure: ImportFailure }) {
  return (
    <>
      <Dialog.Title className="dialog-title">“{failure.fileName}” could not be imported</Dialog.Title>
      {/* The service's message lists the issues too; with the list below, a count is enough. */}
      <Dialog.Description className="dialog-description">
        {failure.issues.length > 0
          ? `The file has ${failure.issues.length} ${failure.issues.length === 1 ? 'problem' : 'problems'}:`
          : failure.message}
      </Dialog.Description>
      {failure.issues.length > 0 && (
        <ul className="import-issues" aria-label="Problems in the file">
          {failure.issues.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              {issue.path && <code className="import-issue-path">{issue.path}</code>} {issue.message}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">Nothing was imported. Fix the file, or export the journey again, and import it once more.</p>
    </>
  );
}

function Warnings({ result }: { result: ImportResult }) {
  return (
    <>
      <Dialog.Title className="dialog-title">Imported “{result.journey.name}”</Dialog.Title>
      <Dialog.Description className="dialog-description">
        The journey is a new draft. Check these before activating it:
      </Dialog.Description>
      <ul className="import-warnings" aria-label="Import notes">
        {result.warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </>
  );
}
