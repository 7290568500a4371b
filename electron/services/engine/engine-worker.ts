// The journey engine on a worker thread, with its own connection to the data folder's database
// (WAL lets it write beside the main thread's connection). The main thread talks to it through
// engine-host.ts. Built by build/build.mjs into engine-worker.mjs beside each Node-side bundle.
import { randomUUID } from 'node:crypto';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { BUILTIN_CUSTOMER_FIELDS } from '../../../shared/templates/undefined-variables';
import { createMjmlRenderer } from '../rendering/mjml-renderer';
import { createRenderPipeline } from '../rendering/render-pipeline';
import { createRealClock } from '../runtime/real-clock';
import { createSecretStore } from '../secrets/secret-store';
import { openStore } from '../store/store';
import { createJourneyEngine } from './engine';
import { createEngineProvider } from './engine-provider';
import type { EngineWorkerSetup, FromEngineWorker, ToEngineWorker } from './engine-worker-protocol';
import { createSqliteEngineStore } from './sqlite-engine-store';
import { createSqliteEventIngress } from './sqlite-event-ingress';
import { forwardDeliveryReports } from './delivery-reports';

const port = parentPort;
if (port === null) throw new Error('engine-worker runs only as a worker thread');
const setup = workerData as EngineWorkerSetup;
const post = (message: FromEngineWorker) => port.postMessage(message);

const clock = createRealClock();
// A store that cannot open throws here: the thread ends and the host reports why.
const store = openStore(setup.dataDir, { secretKey: Buffer.from(setup.secretKey) });
const renderer = createRenderPipeline({
  mjml: setup.mjmlWorkerPath ? createMjmlRenderer({ workerPath: setup.mjmlWorkerPath }) : null,
});
const engineStore = createSqliteEngineStore(store.db);
const secrets = createSecretStore(store.db, Buffer.from(setup.secretKey), () => clock.now());
const provider = createEngineProvider({ store, clock, newId: randomUUID, secrets });
// Reports are recorded on this thread's connection; the engine here is told at once.
const ingress = createSqliteEventIngress({
  store,
  events: engineStore,
  clock,
  newId: randomUUID,
  onRecorded: () => engine.notify(),
});
const stopReports = forwardDeliveryReports(
  provider,
  engineStore,
  (event) => ingress.ingest([event]),
  () => clock.now(),
);
const engine = createJourneyEngine({
  store,
  engineStore,
  clock,
  renderer,
  provider,
  secrets,
  knownCustomerFields: () => [...BUILTIN_CUSTOMER_FIELDS, ...store.fields.list().map((field) => field.key)],
  holder: setup.holder,
  batchSize: setup.batchSize,
  leaseMs: setup.leaseMs,
  watchMs: setup.watchMs,
  onError: (error, where) =>
    post({
      type: 'error',
      where,
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? (error.stack ?? null) : null,
    }),
  onLeadership: (leader) => post({ type: 'leadership', leader }),
});

async function stop(): Promise<void> {
  stopReports?.();
  await engine.stop();
  await provider.close?.();
  await renderer.close();
  store.close();
  post({ type: 'stopped' });
  // Nothing else holds the thread: closing the port lets it end on its own.
  port!.close();
}

port.on('message', (message: ToEngineWorker) => {
  switch (message.type) {
    case 'notify':
      return engine.notify();
    case 'idle':
      return void engine.idle().then(() => post({ type: 'idle', id: message.id }));
    case 'stop':
      // A failing stop is left unhandled: it ends the thread with the error, which the host reports.
      return void stop();
  }
});

engine.start();
post({ type: 'started', leader: engine.isLeader(), threadId });
