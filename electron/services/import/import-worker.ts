// The reading half of a large CSV import, on a worker thread: file → text → CSV → checked and
// normalised rows, handed to the main thread in batches while it writes the previous ones. Built
// by build/build.mjs into import-worker.mjs beside each Node-side bundle.
import { parentPort, workerData } from 'node:worker_threads';
import { readCsvInBatches, type CsvReadSetup } from './csv-batches';
import { IMPORT_WORKER_BATCHES_AHEAD, type FromImportWorker, type ToImportWorker } from './import-worker-protocol';

const port = parentPort;
if (port === null) throw new Error('import-worker runs only as a worker thread');

let unacknowledged = 0;
let wake: (() => void) | null = null;
const post = (message: FromImportWorker) => port.postMessage(message);

const reading = readCsvInBatches(workerData as CsvReadSetup, async (batch) => {
  post({ type: 'batch', batch });
  unacknowledged += 1;
  // At most this many batches wait on the main thread: memory stays bounded when writing is slower.
  while (unacknowledged >= IMPORT_WORKER_BATCHES_AHEAD) await new Promise<void>((resolve) => (wake = resolve));
});

// Stopping is the main thread's terminate(): nothing here is worth finishing once it stops taking.
port.on('message', (message: ToImportWorker) => {
  if (message.type !== 'taken') return;
  unacknowledged -= 1;
  wake?.();
  wake = null;
});

reading.finished.then(
  () => post({ type: 'end' }),
  (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
