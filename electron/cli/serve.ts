import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCore } from '../services/app-services';
import { APP_VERSION } from '../services/app-version';
import { defaultDataDir, resolveDataDir } from '../services/data-dir';
import { startHost } from '../host/server';
import type { CliIo } from './main';

export interface ServeOptions {
  port: number;
  dataDir: string | undefined;
  staticDir?: string;
}

/** The built renderer sits beside the bundled CLI: dist/node/cli.mjs → dist/renderer. */
export function builtRendererDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
}

/** build.mjs puts the workers beside the bundled CLI: dist/node/mjml-worker.mjs, dist/node/import-worker.mjs. */
export function bundledWorkerPath(name: 'mjml-worker.mjs' | 'import-worker.mjs'): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), name);
}

export async function runServe(options: ServeOptions, io: CliIo): Promise<number | null> {
  const dataDir = resolveDataDir(options.dataDir, defaultDataDir);
  let core;
  try {
    core = startCore({
      dataDir,
      host: 'browser',
      appVersion: APP_VERSION,
      mjmlWorkerPath: bundledWorkerPath('mjml-worker.mjs'),
      importWorkerPath: bundledWorkerPath('import-worker.mjs'),
      onInternalError: (error, where) =>
        io.err(`[journey-studio] ${where}: ${(error as Error)?.stack ?? String(error)}`),
    });
  } catch (error) {
    io.err(`journey-studio: ${(error as Error).message}`);
    return 1;
  }
  let host;
  try {
    host = await startHost({ core, staticDir: options.staticDir ?? builtRendererDir(), port: options.port });
  } catch (error) {
    core.close();
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      code === 'EADDRINUSE'
        ? `journey-studio: port ${options.port} is already in use; choose another with --port (0 picks a free one).`
        : `journey-studio: could not start the server: ${(error as Error).message}`,
    );
    return 1;
  }
  io.out(host.readyLine);
  const stop = async () => {
    await host.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return null;
}
