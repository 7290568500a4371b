// The real MJML worker, plus failures a document can ask for, so tests can crash or hang a real
// worker thread without any test hook in the app's own worker.
import { parentPort } from 'node:worker_threads';

const REAL_WORKER = '../../../../../electron/services/rendering/mjml-worker.mjs';

// Requests that came while the real worker loads, handed to it once it listens. It is loaded on
// the first ordinary request: a worker told to fail does so at once, without loading mjml first.
let waiting = null;
let loaded = false;

// Registered before the real worker's listener, so it acts before any rendering starts.
parentPort.on('message', (request) => {
  if (request.mjml.includes('<!-- test:exit -->')) process.exit(3);
  if (request.mjml.includes('<!-- test:throw -->')) throw new Error('thrown by the test worker');
  if (request.mjml.includes('<!-- test:hang -->')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  if (loaded) return;
  if (waiting) {
    waiting.push(request);
    return;
  }
  waiting = [request];
  void import(REAL_WORKER).then(() => {
    loaded = true;
    for (const pending of waiting) parentPort.emit('message', pending);
  });
});
