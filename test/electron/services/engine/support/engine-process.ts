import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import * as esbuild from 'esbuild';
import type { EngineHostOptions } from '../../../../../electron/services/app-services';
import type { ScaledTime } from './scaled-clock';

/** What engine-child.ts is started with (as JSON, its one argument). */
export interface EngineChildOptions {
  dataDir: string;
  /** Run on a fast clock (all the processes of one test share it); the wall clock when absent. */
  time?: ScaledTime;
  engine: Pick<EngineHostOptions, 'leaseMs' | 'watchMs' | 'batchSize'>;
  /** Print "sent <key>" for each message the outbox took. */
  reportSends?: boolean;
}

/** A real engine process: what it printed, and a hard kill. */
export interface EngineProcess {
  readonly child: ChildProcess;
  /** Idempotency keys it reported sending (with reportSends). */
  readonly sent: readonly string[];
  /** Whether its last leadership line was "leading". */
  leading(): boolean;
  /** Resolves when it prints `line` (or has already); rejects when it exits first or after timeoutMs. */
  waitFor(line: string, timeoutMs: number): Promise<void>;
  /** SIGKILL: no clean-up runs, as when the machine loses power. Resolves once it is gone. */
  kill(): Promise<void>;
}

/** Bundles engine-child.ts into `outfile` (Node runs JavaScript); `root` is the repository. */
export async function bundleEngineChild(root: string, outfile: string): Promise<void> {
  await esbuild.build({
    entryPoints: [path.join(root, 'test/electron/services/engine/support/engine-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3', 'electron', 'mjml'],
    define: { __APP_VERSION__: '"test"' },
    logLevel: 'warning',
  });
}

/** Starts the bundled child and resolves once its engine has started. */
export async function startEngineProcess(
  root: string,
  bundle: string,
  options: EngineChildOptions,
): Promise<EngineProcess> {
  const child = spawn(process.execPath, [bundle, JSON.stringify(options)], {
    env: {
      ...process.env,
      NODE_PATH: path.join(root, 'node_modules'),
      // Restarted again and again: compiled once, each start after the first skips most of the parse.
      NODE_COMPILE_CACHE: path.join(path.dirname(bundle), '.compile-cache'),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const sent: string[] = [];
  const listeners = new Set<() => void>();
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      for (const listener of listeners) listener();
      resolve();
    }),
  );
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    if (line.startsWith('sent ')) sent.push(line.slice(5));
    for (const listener of listeners) listener();
  });

  function waitFor(line: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (lines.includes(line)) done(resolve);
        else if (exited) done(() => reject(new Error(`the engine process exited before printing "${line}"`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`the engine process did not print "${line}" in ${timeoutMs} ms`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        settle();
      };
      listeners.add(check);
      check();
    });
  }

  const engine: EngineProcess = {
    child,
    sent,
    leading: () => lines.findLast((line) => line === 'leading' || line === 'standing by') === 'leading',
    waitFor,
    async kill() {
      if (!exited) child.kill('SIGKILL');
      await gone;
    },
  };
  try {
    await waitFor('started', 30_000);
  } catch (error) {
    await engine.kill();
    throw error;
  }
  return engine;
}
