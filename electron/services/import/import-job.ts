import fs from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { CountryCode, CustomField } from '../../../shared/audience/index';
import type { Store } from '../store/store';
import { readCsvInBatches, type CsvBatch, type CsvReading, type CsvReadSetup, type RejectedRow } from './csv-batches';
import { csvLine } from './csv-text';
import type { CsvEncoding } from './csv-encoding';
import { deferContactIndexes, rebuildNextDeferredIndex } from './deferred-indexes';
import type { ColumnPlan } from './import-rows';
import { createBatchWriter, type ExistingPolicy } from './import-writer';
import { readCsvInWorker } from './worker-reading';

export const DEFAULT_BATCH_SIZE = 5000;
/**
 * From this many rows (estimated from the file size), and at least as many as are stored already,
 * the contacts' secondary indexes are dropped for the import and built again at its end.
 */
export const BULK_MIN_ROWS = 50_000;
/**
 * Files from this size are read on a worker thread (when the host has one built) while the main
 * thread writes; smaller ones are read in-process, without the worker's start-up.
 */
export const WORKER_MIN_BYTES = 1024 * 1024;
const PROGRESS_EVERY_MS = 250;
/** Rejects kept for the download; beyond this they are only counted (memory stays bounded). */
const MAX_KEPT_REJECTS = 100_000;

export type ImportState = 'running' | 'done' | 'cancelled' | 'failed';

export interface ImportSummary {
  jobId: string;
  state: ImportState;
  rowsRead: number;
  rowsImported: number;
  rowsUpdated: number;
  rowsSkipped: number;
  rowsRejected: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
  message?: string;
}

export interface ImportPlan {
  jobId: string;
  file: string;
  encoding: CsvEncoding;
  delimiter: string;
  columns: readonly string[];
  plan: readonly ColumnPlan[];
  existing: ExistingPolicy;
  defaultCountry: CountryCode;
  newFields: readonly CustomField[];
  list: { id: string } | { id: string; name: string; create: true } | null;
  now: Date;
  batchSize?: number;
  /** Tests lower it to see a bulk import on a small file. */
  bulkMinRows?: number;
  /** The built import-worker.mjs; without it every file is read in-process. */
  workerPath?: string;
  /** Tests lower it to read a small file on the worker. */
  workerMinBytes?: number;
}

export interface ImportJob {
  readonly jobId: string;
  summary(): ImportSummary;
  rejectsCsv(): string;
  cancel(): void;
  /** Settles when the job has finished, whatever its state. */
  readonly finished: Promise<ImportSummary>;
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/**
 * Streams the CSV through papaparse and writes it in batches, each in one transaction, yielding to
 * the event loop between batches. Cancel and failure stop at a batch boundary: the database holds
 * whole batches only, and the summary says how many rows that was.
 */
export function startImportJob(
  store: Store,
  setup: ImportPlan,
  onProgress: (summary: ImportSummary) => void,
  emitChanged: () => void,
): ImportJob {
  const batchSize = setup.batchSize ?? DEFAULT_BATCH_SIZE;
  const writer = createBatchWriter(store, setup.existing);
  const fileSize = fs.statSync(setup.file).size;
  const started = performance.now();
  const rejects: RejectedRow[] = [];
  let state: ImportState = 'running';
  let message: string | undefined;
  let bytesRead = 0;
  let rowsRead = 0;
  let rejected = 0;
  const committed = { imported: 0, updated: 0, skipped: 0 };
  let cancelRequested = false;
  let setupDone = false;
  let committedAny = false;
  let lastProgress = 0;
  const listId: string | null = setup.list?.id ?? null;

  const summary = (): ImportSummary => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? rowsRead / seconds : 0;
    const fraction = fileSize > 0 ? bytesRead / fileSize : 1;
    const eta = state !== 'running' ? 0 : fraction > 0 && fraction < 1 ? (seconds * (1 - fraction)) / fraction : null;
    return {
      jobId: setup.jobId,
      state,
      rowsRead,
      rowsImported: committed.imported,
      rowsUpdated: committed.updated,
      rowsSkipped: committed.skipped,
      rowsRejected: rejected,
      rowsPerSecond: Math.round(rate),
      etaSeconds: eta === null ? null : Math.round(eta * 10) / 10,
      ...(message ? { message } : {}),
    };
  };

  const progress = (force = false) => {
    const now = performance.now();
    if (!force && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    onProgress(summary());
  };

  let deferredIndexes = 0;
  /** The file's row count estimated from what has been read so far. */
  const isBulk = () => {
    const estimate = bytesRead > 0 ? (rowsRead * fileSize) / bytesRead : rowsRead;
    return estimate >= (setup.bulkMinRows ?? BULK_MIN_ROWS) && estimate >= store.contacts.countAll();
  };

  // New fields and a new list are created, and for a large file the indexes dropped, inside the
  // first batch's transaction, so an import that commits nothing changes nothing.
  const createSetup = () => {
    if (setupDone) return;
    const stamp = setup.now.toISOString();
    for (const field of setup.newFields) store.fields.insert(field, stamp);
    if (setup.list && 'create' in setup.list) store.lists.create(setup.list.id, setup.list.name, stamp);
    if (isBulk()) deferredIndexes = deferContactIndexes(store.db);
    setupDone = true;
  };

  let header: string[] | null = null;

  /** Writes one batch in one transaction; a failure names the batch's first line. */
  const commit = (batch: CsvBatch) => {
    if (batch.rows.length === 0) return;
    try {
      const counts = writer.write(batch.rows, listId, setupDone ? undefined : createSetup);
      committed.imported += counts.imported;
      committed.updated += counts.updated;
      committed.skipped += counts.skipped;
    } catch (error) {
      // Nothing of the batch was committed, the dropped indexes included.
      if (!committedAny) deferredIndexes = 0;
      throw Object.assign(new Error((error as Error).message), { batchFirstLine: batch.firstLine });
    }
    committedAny = true;
  };

  let reading: CsvReading | undefined;
  const takeBatch = async (batch: CsvBatch) => {
    // A cancel takes effect before the next write: the database keeps whole batches only.
    if (cancelRequested) return reading?.stop();
    header ??= batch.header;
    bytesRead = batch.bytesRead;
    rowsRead += batch.rowsRead;
    rejected += batch.rejects.length;
    for (const reject of batch.rejects) if (rejects.length < MAX_KEPT_REJECTS) rejects.push(reject);
    commit(batch);
    progress();
    // Let status requests, progress events and a cancel in before the next batch.
    await yieldToEventLoop();
  };

  async function run(): Promise<void> {
    const readSetup: CsvReadSetup = {
      file: setup.file,
      encoding: setup.encoding,
      delimiter: setup.delimiter,
      columnCount: setup.columns.length,
      plan: setup.plan,
      defaultCountry: setup.defaultCountry,
      now: setup.now.toISOString(),
      batchSize,
    };
    const onWorker = setup.workerPath !== undefined && fileSize >= (setup.workerMinBytes ?? WORKER_MIN_BYTES);
    reading = onWorker
      ? readCsvInWorker(setup.workerPath!, readSetup, takeBatch)
      : readCsvInBatches(readSetup, takeBatch);
    let failure: unknown;
    try {
      await reading.finished;
    } catch (error) {
      failure = error;
    }
    finish(failure, await rebuildIndexes());
  }

  /**
   * Builds the indexes the import set aside, one per turn of the event loop, whatever ended the
   * import. A failure here loses no rows: it is told, and the next start tries again.
   */
  async function rebuildIndexes(): Promise<string | undefined> {
    if (deferredIndexes === 0) return undefined;
    deferredIndexes = 0;
    try {
      while (rebuildNextDeferredIndex(store.db)) {
        progress();
        await yieldToEventLoop();
      }
      return undefined;
    } catch (error) {
      return `The contacts' search indexes could not be rebuilt (${(error as Error).message}); Journey Studio rebuilds them when it next starts.`;
    }
  }

  const finish = (failure: unknown, indexNote?: string) => {
    const saved = committed.imported + committed.updated;
    const savedText = `${formatCount(saved)} ${saved === 1 ? 'row was' : 'rows were'} imported in whole batches`;
    if (failure !== undefined) {
      state = 'failed';
      const at = (failure as { batchFirstLine?: number }).batchFirstLine;
      const where = at !== undefined && at > 0 ? ` in the batch starting on line ${at}` : '';
      message =
        saved + committed.skipped === 0
          ? `The import failed${where}: ${(failure as Error).message}. Nothing was changed.`
          : `The import failed${where}: ${(failure as Error).message}. ${savedText} before it; that batch and the rest of the file were not imported.`;
    } else if (cancelRequested) {
      state = 'cancelled';
      message =
        saved + committed.skipped === 0
          ? 'You cancelled before the first batch was saved; nothing was changed.'
          : `${savedText} before you cancelled; nothing else was changed.`;
    } else {
      state = 'done';
      message = `Imported ${formatCount(committed.imported)} new, updated ${formatCount(committed.updated)}, skipped ${formatCount(committed.skipped)} existing; ${formatCount(rejected)} rejected.`;
    }
    if (indexNote !== undefined) message = `${message} ${indexNote}`;
    if (saved + committed.skipped > 0) emitChanged();
    progress(true);
  };

  const finished = run()
    .catch(async (error: unknown) => finish(error, await rebuildIndexes()))
    .then(() => summary());

  return {
    jobId: setup.jobId,
    summary,
    cancel: () => {
      if (state === 'running') cancelRequested = true;
    },
    rejectsCsv: () => {
      const lines = [csvLine(['line', 'reason', ...(header ?? setup.columns)])];
      for (const reject of rejects) lines.push(csvLine([String(reject.line), reject.reason, ...reject.cells]));
      if (rejected > rejects.length)
        lines.push(csvLine(['', `…and ${formatCount(rejected - rejects.length)} more rejected rows not kept`]));
      return `${lines.join('\r\n')}\r\n`;
    },
    finished,
  };
}
