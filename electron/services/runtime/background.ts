import type { Disposables, Dispose } from './disposables';

/**
 * Work that runs beside the API calls for as long as the core runs: the journey engine's
 * scheduler, clean-ups, senders. `start` returns how to stop it.
 */
export interface BackgroundWorker {
  readonly name: string;
  start(): Dispose | Promise<Dispose>;
}

export interface Background {
  /**
   * Starts a worker now; it is stopped when the core stops (before the store closes), or earlier
   * with the returned function.
   */
  add(worker: BackgroundWorker): Promise<() => Promise<void>>;
  /** Names of the workers running now, in the order they were started. */
  running(): string[];
}

export function createBackground(disposables: Disposables): Background {
  const names: string[] = [];

  function register(worker: BackgroundWorker, stop: Dispose): () => Promise<void> {
    names.push(worker.name);
    return disposables.add(`background worker "${worker.name}"`, async () => {
      names.splice(names.indexOf(worker.name), 1);
      await stop();
    });
  }

  return {
    add(worker) {
      try {
        if (disposables.disposed) throw new Error(`Cannot start "${worker.name}": the core has stopped.`);
        const started = worker.start();
        // A worker that starts synchronously is running (and will be stopped) as add returns.
        if (typeof started === 'function') return Promise.resolve(register(worker, started));
        return started.then(async (stop) => {
          if (!disposables.disposed) return register(worker, stop);
          // The core stopped while the worker was starting: stop it at once rather than leak it.
          await stop();
          throw new Error(`"${worker.name}" started after the core stopped and was stopped again.`);
        });
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
    running: () => [...names],
  };
}
