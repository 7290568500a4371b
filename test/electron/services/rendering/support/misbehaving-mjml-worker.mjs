// The real MJML worker, plus failures a document can ask for, so tests can crash or hang a real
// worker thread without any test hook in the app's own worker.
import { parentPort } from 'node:worker_threads';

// Registered before the real worker's listener, so it acts before any rendering starts.
parentPort.on('message', (request) => {
  if (request.mjml.includes('<!-- test:exit -->')) process.exit(3);
  if (request.mjml.includes('<!-- test:throw -->')) throw new Error('thrown by the test worker');
  if (request.mjml.includes('<!-- test:hang -->')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
});

await import('../../../../../electron/services/rendering/mjml-worker.mjs');
