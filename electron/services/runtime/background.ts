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
  return {
    async add(worker) {
      if (disposables.disposed) throw new Error(`Cannot start "${worker.name}": the core has stopped.`);
      const stop = await worker.start();
      names.push(worker.name);
      const forget = () => {
        const index = names.indexOf(worker.name);
        if (index >= 0) names.splice(index, 1);
      };
      if (disposables.disposed) {
        // The core stopped while the worker was starting: stop it at once rather than leak it.
        forget();
        await stop();
        throw new Error(`"${worker.name}" started after the core stopped and was stopped again.`);
      }
      return disposables.add(`background worker "${worker.name}"`, async () => {
        forget();
        await stop();
      });
    },
    running: () => [...names],
  };
}
