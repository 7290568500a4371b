/**
 * Runs work for the newest input: at once when idle; while a run is in flight, only the latest
 * input submitted meanwhile runs next (the ones in between are skipped, not queued).
 */
export function createCoalescingRunner<T>(run: (input: T) => Promise<unknown>) {
  let busy = false;
  let waiting: { input: T } | null = null;

  function start(input: T): void {
    busy = true;
    void run(input)
      .catch(() => undefined)
      .finally(() => {
        busy = false;
        const next = waiting;
        waiting = null;
        if (next) start(next.input);
      });
  }

  return {
    submit(input: T): void {
      if (busy) waiting = { input };
      else start(input);
    },
  };
}
