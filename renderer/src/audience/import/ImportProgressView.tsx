import type { z } from 'zod';
import type { ImportSummarySchema } from '../../../../shared/contract/index';
import { formatEta, progressFraction } from './import-format';

export type ImportSummary = z.infer<typeof ImportSummarySchema>;

/** Step 4: a bar, the speed, the time left, and a way to stop. */
export function ImportProgressView({
  summary,
  cancelling,
  onCancel,
}: {
  summary: ImportSummary;
  cancelling: boolean;
  onCancel(): void;
}) {
  const fraction = progressFraction(summary.rowsRead, summary.rowsPerSecond, summary.etaSeconds);
  return (
    <section aria-label="Import progress" className="import-steps import-progress">
      <progress aria-label="Import progress" max={1} value={fraction ?? undefined} />
      <p role="status">
        {summary.rowsRead.toLocaleString()} rows read · {Math.round(summary.rowsPerSecond).toLocaleString()} rows/s ·{' '}
        {formatEta(summary.etaSeconds)} left
      </p>
      <div className="dialog-actions">
        <button type="button" className="button danger" disabled={cancelling} onClick={onCancel}>
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
      </div>
    </section>
  );
}
