import { Worker } from 'node:worker_threads';
import { MJML_OPTIONS } from './mjml-options';

/** A validation finding of MJML (soft mode still renders): its line in the MJML it was given. */
export interface MjmlIssue {
  line: number | null;
  message: string;
  tagName: string | null;
}

export type MjmlOutcome =
  | { kind: 'rendered'; html: string; text: string; issues: MjmlIssue[] }
  /** `transient` failures (crash, timeout, shutdown) say nothing about the document: never cache them. */
  | { kind: 'failed'; message: string; transient: boolean }
  /** A newer request for the same document took this one's place in the queue. */
  | { kind: 'superseded' };

export interface MjmlRenderer {
  /** Renders in order of calls; a queued request with the same `key` is replaced by the newer one. */
  render(mjml: string, options?: { key?: string }): Promise<MjmlOutcome>;
  /** How many worker threads have been started: none before the first render, one more after each crash. */
  readonly workersStarted: number;
  close(): Promise<void>;
}

export interface MjmlRendererOptions {
  /** The plain-JavaScript worker (mjml-worker.mjs): the source file in tests, its bundle in dist/ when built. */
  workerPath: string;
  /**
   * A render that takes longer is treated as hung and its worker replaced. The clock starts when the
   * job is posted, so a fresh worker's first job also pays for loading mjml (well under a second).
   */
  timeoutMs?: number;
}

type WorkerReply =
  | { id: number; ok: true; html: string; text: string; issues: MjmlIssue[] }
  | { id: number; ok: false; message: string };

interface Job {
  id: number;
  mjml: string;
  key: string | undefined;
  settle: (outcome: MjmlOutcome) => void;
}

export function createMjmlRenderer({ workerPath, timeoutMs = 10_000 }: MjmlRendererOptions): MjmlRenderer {
  let worker: Worker | null = null;
  let running: { job: Job; timer: NodeJS.Timeout } | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let workersStarted = 0;

  // One job at a time, so a timeout is always charged to the request that caused it.
  function pump(): void {
    if (running || closed) return;
    const job = queue.shift();
    if (!job) return;
    worker ??= spawn();
    running = {
      job,
      timer: setTimeout(
        () => abandon(`The email took longer than ${timeoutMs / 1000} s to render and was stopped.`),
        timeoutMs,
      ),
    };
    worker.postMessage({ id: job.id, mjml: job.mjml, options: MJML_OPTIONS });
  }

  function finish(outcome: MjmlOutcome): void {
    if (!running) return;
    clearTimeout(running.timer);
    const { job } = running;
    running = null;
    job.settle(outcome);
    pump();
  }

  /** Drops the current worker (hung or dead) and fails the job it held; the next job starts a fresh one. */
  function abandon(message: string): void {
    const dropped = worker;
    worker = null;
    void dropped?.terminate();
    finish({ kind: 'failed', message, transient: true });
  }

  function spawn(): Worker {
    const spawned = new Worker(workerPath);
    workersStarted++;
    // An idle renderer must never keep the CLI or a test process alive.
    spawned.unref();
    spawned.on('message', (reply: WorkerReply) => {
      if (spawned !== worker || running?.job.id !== reply.id) return;
      finish(
        reply.ok
          ? { kind: 'rendered', html: reply.html, text: reply.text, issues: reply.issues }
          : { kind: 'failed', message: reply.message, transient: false },
      );
    });
    // 'error' (an uncaught exception) is followed by 'exit'; whichever comes first retires the worker.
    spawned.on('error', (error) => {
      if (spawned === worker) abandon(`The email renderer crashed (${error.message}); it has been restarted.`);
    });
    spawned.on('exit', (code) => {
      if (spawned === worker)
        abandon(`The email renderer stopped unexpectedly (exit code ${code}); it has been restarted.`);
    });
    return spawned;
  }

  return {
    render(mjml, { key } = {}) {
      if (closed)
        return Promise.resolve({ kind: 'failed', message: 'The email renderer has been shut down.', transient: true });
      return new Promise<MjmlOutcome>((settle) => {
        if (key !== undefined) {
          for (const stale of queue.filter((job) => job.key === key)) {
            queue.splice(queue.indexOf(stale), 1);
            stale.settle({ kind: 'superseded' });
          }
        }
        queue.push({ id: nextId++, mjml, key, settle });
        pump();
      });
    },
    get workersStarted() {
      return workersStarted;
    },
    async close() {
      closed = true;
      const shuttingDown = {
        kind: 'failed',
        message: 'The email renderer has been shut down.',
        transient: true,
      } as const;
      for (const job of queue.splice(0)) job.settle(shuttingDown);
      const last = worker;
      worker = null;
      finish(shuttingDown);
      await last?.terminate();
    },
  };
}
