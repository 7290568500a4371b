import { Worker } from 'node:worker_threads';
import type { Clock } from '../ports/clock';
import type { JourneyEngine } from './engine';
import type { EngineStore } from './engine-store';
import type { EngineWorkerSetup, FromEngineWorker, ToEngineWorker } from './engine-worker-protocol';

/** The engine as the rest of the core sees it, wherever it runs. */
export interface HostedEngine extends JourneyEngine {
  /** Resolves once the engine has started and tried for the lease (or its first start failed). */
  started(): Promise<void>;
  /** The thread the engine runs on (worker_threads' threadId; 0 is the main thread), null while none runs. */
  threadId(): number | null;
}

export interface EngineWorkerHostOptions {
  /** The bundled engine worker (engine-worker.mjs, built beside the bundles by build.mjs). */
  workerPath: string;
  setup: EngineWorkerSetup;
  /** The main thread's view of the engine's tables: nextDue is a plain read. */
  engineStore: EngineStore;
  clock: Clock;
  onError?: (error: unknown, where: string) => void;
  onLeadership?: (leading: boolean) => void;
  /** Told when the worker has started and when it has ended (threadId() says which). */
  onRunningChange?: () => void;
  /** A worker that ended unexpectedly is started again after this long, doubled after each crash in a row. */
  restartDelayMs?: number;
  /** How long a stopping worker may take to finish its batch and release the lease before it is ended. */
  stopTimeoutMs?: number;
}

const MAX_RESTART_DELAY_MS = 60_000;
/** A worker that ran this long before crashing starts the back-off again from its first step. */
const STABLE_RUN_MS = 60_000;

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/**
 * The journey engine run on a worker thread, behind the JourneyEngine surface: the main thread
 * only passes messages (new work, idle, stop), so enrolments and batches never hold up the API.
 * A worker that crashes is reported and started again; its lease, held under the same holder,
 * is taken back at once.
 */
export function hostEngineInWorker(options: EngineWorkerHostOptions): HostedEngine {
  const restartDelayMs = options.restartDelayMs ?? 1000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 30_000;
  const report = (error: unknown, where: string) => options.onError?.(error, where);

  let worker: Worker | null = null;
  let running = false;
  let leader = false;
  /** What onLeadership was last told: a worker's leadership is announced once it has started. */
  let announced = false;
  let threadId: number | null = null;
  let crashesInARow = 0;
  let restartTimer: NodeJS.Timeout | null = null;
  let stopping: Promise<void> | null = null;
  let nextIdleId = 1;
  const idleWaiters = new Map<number, () => void>();
  let markStarted!: () => void;
  const firstStart = new Promise<void>((resolve) => (markStarted = resolve));

  /** Records leadership; once the worker runs, a change is announced (else `otherwise` is told). */
  function setLeader(leading: boolean, otherwise?: () => void): void {
    leader = leading;
    if (threadId === null && leading) return;
    if (leading === announced) return otherwise?.();
    announced = leading;
    options.onLeadership?.(leading);
  }

  function releaseIdleWaiters(): void {
    for (const resolve of idleWaiters.values()) resolve();
    idleWaiters.clear();
  }

  function send(message: ToEngineWorker): void {
    worker?.postMessage(message);
  }

  function spawn(): void {
    const startedAt = Date.now();
    const current = new Worker(options.workerPath, { workerData: options.setup });
    worker = current;
    let failed = false;
    current.on('message', (message: FromEngineWorker) => {
      switch (message.type) {
        case 'started':
          threadId = message.threadId;
          setLeader(message.leader, options.onRunningChange);
          return markStarted();
        case 'leadership':
          return setLeader(message.leader);
        case 'error': {
          const error = new Error(message.message);
          if (message.stack !== null) error.stack = message.stack;
          return report(error, message.where);
        }
        case 'idle':
          idleWaiters.get(message.id)?.();
          return void idleWaiters.delete(message.id);
        case 'stopped':
          return;
      }
    });
    current.on('error', (error) => {
      failed = true;
      report(error, 'journey engine worker');
    });
    current.on('exit', (code) => {
      if (worker === current) worker = null;
      const wasRunning = threadId !== null;
      threadId = null;
      setLeader(false, wasRunning ? options.onRunningChange : undefined);
      releaseIdleWaiters();
      markStarted();
      if (!running) return;
      crashesInARow = Date.now() - startedAt >= STABLE_RUN_MS ? 1 : crashesInARow + 1;
      const delay = Math.min(restartDelayMs * 2 ** (crashesInARow - 1), MAX_RESTART_DELAY_MS);
      const what = failed ? 'after the error above' : `with exit code ${code}`;
      report(
        new Error(`The journey engine stopped unexpectedly ${what}; it starts again in ${formatDelay(delay)}.`),
        'journey engine worker',
      );
      restartTimer = setTimeout(() => {
        restartTimer = null;
        if (running) spawn();
      }, delay);
      restartTimer.unref();
    });
  }

  async function stopWorker(): Promise<void> {
    running = false;
    if (restartTimer !== null) clearTimeout(restartTimer);
    restartTimer = null;
    const current = worker;
    if (current === null) return;
    const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
    current.postMessage({ type: 'stop' } satisfies ToEngineWorker);
    const timer = setTimeout(() => {
      report(
        new Error(`The journey engine did not stop within ${stopTimeoutMs / 1000} s and was ended.`),
        'journey engine worker',
      );
      void current.terminate();
    }, stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  }

  return {
    start() {
      if (running || stopping) return;
      running = true;
      spawn();
    },
    stop: () => (stopping ??= stopWorker()),
    notify: () => send({ type: 'notify' }),
    idle() {
      if (worker === null) return Promise.resolve();
      const id = nextIdleId++;
      const idle = new Promise<void>((resolve) => idleWaiters.set(id, resolve));
      send({ type: 'idle', id });
      return idle;
    },
    isLeader: () => leader,
    nextDue: () => options.engineStore.nextDue(),
    started: () => firstStart,
    threadId: () => threadId,
  };
}
