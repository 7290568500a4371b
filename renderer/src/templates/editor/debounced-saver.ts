export type AutosaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string; retryInMs: number };

export interface DebouncedSaverOptions<T> {
  save(value: T): Promise<void>;
  onStatus(status: AutosaveStatus): void;
  describeError(error: unknown): string;
  delayMs?: number;
  retryMs?: number;
}

/**
 * Saves the newest value a moment after the last change, one save at a time. A failed save is
 * retried after a pause with whatever is newest then, so a burst of edits during an outage is
 * not lost and never sent out of order.
 */
export class DebouncedSaver<T> {
  private readonly options: Required<DebouncedSaverOptions<T>>;
  private latest: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private disposed = false;

  constructor(options: DebouncedSaverOptions<T>) {
    this.options = { delayMs: 600, retryMs: 3000, ...options };
  }

  /** A new value to save; saves after `delayMs` of quiet. */
  change(value: T): void {
    this.latest = { value };
    this.options.onStatus({ state: 'pending' });
    this.schedule(this.options.delayMs);
  }

  /** Saves now what is waiting (leaving the page); resolves when nothing is left to save. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (this.latest) await this.run();
  }

  get hasUnsaved(): boolean {
    return this.latest !== null || this.inFlight !== null;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(ms: number) {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private clearTimer() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    // One save at a time: the next one starts when this finishes, with the newest value.
    if (this.inFlight || !this.latest) return;
    const { value } = this.latest;
    this.latest = null;
    this.options.onStatus({ state: 'saving' });
    const attempt = this.options.save(value).then(
      () => {
        if (this.disposed) return;
        if (this.latest) this.schedule(0);
        else this.options.onStatus({ state: 'saved' });
      },
      (error: unknown) => {
        // Newer edits win; otherwise the failed value is tried again.
        this.latest ??= { value };
        if (this.disposed) return;
        this.options.onStatus({
          state: 'error',
          message: this.options.describeError(error),
          retryInMs: this.options.retryMs,
        });
        this.schedule(this.options.retryMs);
      },
    );
    this.inFlight = attempt;
    try {
      await attempt;
    } finally {
      this.inFlight = null;
    }
  }
}
