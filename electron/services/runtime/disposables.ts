/** Something that holds a resource (a database, a worker, a timer) until it is disposed. */
export type Dispose = () => void | Promise<void>;

export class DisposeError extends AggregateError {
  constructor(readonly failures: readonly { name: string; error: unknown }[]) {
    super(
      failures.map((failure) => failure.error),
      `Could not stop cleanly: ${failures.map((f) => `${f.name} (${(f.error as Error)?.message ?? String(f.error)})`).join('; ')}`,
    );
    this.name = 'DisposeError';
  }
}

interface Entry {
  name: string;
  dispose: Dispose;
}

/**
 * What the core holds, released in reverse order of acquisition: what was started last (and may
 * use what came before it) stops first. Disposing twice does the work once; one failure does not
 * keep the rest from being released.
 */
export class Disposables {
  private readonly entries: Entry[] = [];
  private disposing: Promise<void> | null = null;

  get disposed(): boolean {
    return this.disposing !== null;
  }

  /** Registers a resource; the returned function releases it early (and unregisters it). */
  add(name: string, dispose: Dispose): () => Promise<void> {
    if (this.disposing) throw new Error(`Cannot add "${name}": the core has stopped.`);
    const entry: Entry = { name, dispose };
    this.entries.push(entry);
    return async () => {
      const index = this.entries.indexOf(entry);
      if (index < 0) return;
      this.entries.splice(index, 1);
      await entry.dispose();
    };
  }

  /** Disposes everything in reverse order; rejects with a DisposeError naming every failure. */
  disposeAll(): Promise<void> {
    this.disposing ??= this.run();
    return this.disposing;
  }

  private async run(): Promise<void> {
    const failures: { name: string; error: unknown }[] = [];
    for (let entry = this.entries.pop(); entry; entry = this.entries.pop()) {
      try {
        await entry.dispose();
      } catch (error) {
        failures.push({ name: entry.name, error });
      }
    }
    if (failures.length > 0) throw new DisposeError(failures);
  }
}
