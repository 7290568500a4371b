import type { CsvBatch } from './csv-batches';

/** Batches the reading worker may have handed over before the main thread has taken them. */
export const IMPORT_WORKER_BATCHES_AHEAD = 2;

export type FromImportWorker =
  { type: 'batch'; batch: CsvBatch } | { type: 'end' } | { type: 'failed'; message: string };
export type ToImportWorker = { type: 'taken' };
