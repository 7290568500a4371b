/** What the engine worker is started with: only data crosses to the worker, never functions. */
export interface EngineWorkerSetup {
  dataDir: string;
  /** Who holds the sending lease: the same across restarts of the worker in one process. */
  holder: string;
  /** The MJML worker the engine's renderer starts (a worker of the worker); null: no email rendering. */
  mjmlWorkerPath: string | null;
  /**
   * The 32-byte key the secrets are sealed with (a Buffer arrives as a Uint8Array): the worker
   * opens provider tokens and webhook credentials itself. Held in memory only, never written.
   */
  secretKey: Uint8Array;
  batchSize?: number;
  leaseMs?: number;
  watchMs?: number | null;
}

export type ToEngineWorker =
  /** There may be new work: an event was recorded, a journey or a contact changed. */
  | { type: 'notify' }
  /** Answer `idle` with this id once nothing is being processed and nothing is queued. */
  | { type: 'idle'; id: number }
  /** Stop the engine, release the lease, close the database, answer `stopped`, and leave. */
  | { type: 'stop' };

export type FromEngineWorker =
  /** The engine has started (its first lease attempt is made): whether it sends, and on which thread. */
  | { type: 'started'; leader: boolean; threadId: number }
  | { type: 'leadership'; leader: boolean }
  | { type: 'error'; where: string; message: string; stack: string | null }
  | { type: 'idle'; id: number }
  | { type: 'stopped' };
