import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCore, type AppCore } from '../services/app-services';
import { APP_VERSION } from '../services/app-version';
import { defaultDataDir, resolveDataDir } from '../services/data-dir';
import { deliveryReportsDepsOf } from '../host/delivery-reports-api';
import { createJourneyApiHandler } from '../host/journey-api';
import { startHost, type RunningHost } from '../host/server';
import type { CliIo } from './main';

export interface ServeOptions {
  port: number;
  dataDir: string | undefined;
  staticDir?: string;
  /** Tests run serve from source, with an engine worker they built; else the bundled one beside the CLI. */
  engineWorkerPath?: string;
}

/** The built renderer sits beside the bundled CLI: dist/node/cli.mjs → dist/renderer. */
export function builtRendererDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
}

/** build.mjs puts the workers beside the bundled CLI: dist/node/mjml-worker.mjs, import-worker.mjs, engine-worker.mjs. */
export function bundledWorkerPath(name: 'mjml-worker.mjs' | 'import-worker.mjs' | 'engine-worker.mjs'): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), name);
}

export interface Serving {
  core: AppCore;
  host: RunningHost;
  /** Closes the server, then stops the core (its background work, workers and database). */
  stop(): Promise<void>;
}

/**
 * Starts the core and the host on it; null (with the reason on stderr) when either cannot start.
 * It answers once the engine has tried for the sending lease; `onListening` hears earlier, as soon
 * as the server takes requests.
 */
export async function startServing(
  options: ServeOptions,
  io: CliIo,
  onListening?: (host: RunningHost) => void,
): Promise<Serving | null> {
  const dataDir = resolveDataDir(options.dataDir, defaultDataDir);
  let core: AppCore;
  try {
    core = startCore({
      dataDir,
      host: 'browser',
      appVersion: APP_VERSION,
      mjmlWorkerPath: bundledWorkerPath('mjml-worker.mjs'),
      importWorkerPath: bundledWorkerPath('import-worker.mjs'),
      // The engine runs on its own worker thread: enrolling a large audience never holds up the API.
      engine: { workerPath: options.engineWorkerPath ?? bundledWorkerPath('engine-worker.mjs') },
      onInternalError: (error, where) =>
        io.err(`[journey-studio] ${where}: ${(error as Error)?.stack ?? String(error)}`),
    });
  } catch (error) {
    io.err(`journey-studio: ${(error as Error).message}`);
    return null;
  }
  const stopCore = () => core.stop().catch((error: unknown) => io.err(`journey-studio: ${(error as Error).message}`));
  let host: RunningHost;
  try {
    host = await startHost({
      core,
      staticDir: options.staticDir ?? builtRendererDir(),
      port: options.port,
      eventsApi: {
        apiKeys: core.context.apiKeys,
        ingress: core.context.eventIngress,
        clock: core.clock,
        deliveryReports: deliveryReportsDepsOf(core),
        journeyApi: createJourneyApiHandler(core),
      },
    });
  } catch (error) {
    await stopCore();
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      code === 'EADDRINUSE'
        ? `journey-studio: port ${options.port} is already in use; choose another with --port (0 picks a free one).`
        : `journey-studio: could not start the server: ${(error as Error).message}`,
    );
    return null;
  }
  onListening?.(host);
  // The engine's line says whether this process sends: the worker has tried for the lease by then.
  await core.engine?.started();
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await host.close();
      await stopCore();
    })());
  return { core, host, stop };
}

/** The second ready line: whether this process sends, or another one on the same data folder does. */
export function engineReadyLine(core: AppCore): string {
  if (core.engine?.threadId() === null)
    return 'Journey engine not running: it could not start (the reason is above); it is tried again.';
  return core.engine?.isLeader()
    ? 'Journey engine running: active journeys send into the local outbox.'
    : 'Journey engine standing by: another Journey Studio process is sending from this data folder; it takes over if that one stops.';
}

export async function runServe(options: ServeOptions, io: CliIo): Promise<number | null> {
  // The address is printed as soon as the server answers: the engine worker starting beside it
  // (its own thread and connection) needs not hold up the page.
  const serving = await startServing(options, io, (host) => {
    io.out(host.readyLine);
    io.out(
      `Events API at POST ${host.url}api/v1/events (Authorization: Bearer <API key>; see Settings → API or "journey-studio api-key").`,
    );
  });
  if (!serving) return 1;
  io.out(engineReadyLine(serving.core));
  const stop = async () => {
    await serving.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return null;
}
