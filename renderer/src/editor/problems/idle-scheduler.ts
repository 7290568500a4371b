export interface IdleSchedulerOptions {
  /** Quiet time after the last request before the work runs. */
  delayMs: number;
  /** The longest a steady stream of requests may hold the work back. */
  maxWaitMs: number;
  /**
   * Runs the work when the page is idle; requestIdleCallback in a browser, immediate elsewhere.
   * Returns a cancel function.
   */
  whenIdle?: (run: () => void) => () => void;
}

export interface IdleScheduler {
  /** Asks for a run; bursts of requests become one run after the burst. */
  schedule(): void;
  /** Runs now if a run is pending. */
  flush(): void;
  cancel(): void;
}

/** Waits for the browser's idle time, but never longer than a frame or two behind the debounce. */
export function browserIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

const immediately = (run: () => void) => {
  run();
  return () => {};
};

/** A trailing debounce with a ceiling, whose work then waits for idle time: never on the keystroke itself. */
export function createIdleScheduler(
  work: () => void,
  { delayMs, maxWaitMs, whenIdle = immediately }: IdleSchedulerOptions,
): IdleScheduler {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstRequestAt: number | null = null;
  let cancelIdle: (() => void) | null = null;

  function clearTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function run() {
    clearTimer();
    cancelIdle?.();
    cancelIdle = null;
    firstRequestAt = null;
    work();
  }

  function onQuiet() {
    timer = null;
    cancelIdle = whenIdle(run);
  }

  return {
    schedule() {
      const now = Date.now();
      firstRequestAt ??= now;
      clearTimer();
      const wait = Math.max(0, Math.min(delayMs, firstRequestAt + maxWaitMs - now));
      timer = setTimeout(onQuiet, wait);
    },
    flush() {
      if (timer !== null || cancelIdle !== null) run();
    },
    cancel() {
      clearTimer();
      cancelIdle?.();
      cancelIdle = null;
      firstRequestAt = null;
    },
  };
}
