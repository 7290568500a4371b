import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildEngineWorker,
  buildImportWorker,
  ENGINE_WORKER_FILE,
  IMPORT_WORKER_FILE,
} from '../../../../build/build.mjs';
import { bundleCli } from './bundled-cli';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/**
 * The CLI laid out as build.mjs lays out dist/: node/cli.mjs with its workers beside it and
 * renderer/ next to node/ (a stand-in page), in `dir`. Returns the CLI's path.
 */
export async function layOutCli(dir: string): Promise<string> {
  const nodeDir = path.join(dir, 'node');
  fs.mkdirSync(nodeDir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Journey Studio</title>');
  // The workers find the native database module by walking up to a node_modules.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  const [cli] = await Promise.all([
    bundleCli(nodeDir),
    buildEngineWorker(path.join(nodeDir, ENGINE_WORKER_FILE)),
    buildImportWorker(path.join(nodeDir, IMPORT_WORKER_FILE)),
  ]);
  return cli;
}

export interface ServedProcess {
  /** http://127.0.0.1:PORT (no trailing slash). */
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `journey-studio serve --port 0` in a child process; resolves once both ready lines are printed. */
export function spawnServe(cli: string, dataDir: string, timeoutMs = 30_000): Promise<ServedProcess> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`serve did not get ready in time:\n${out}\n${err}`));
    }, timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (url && /Journey engine/.test(out)) {
        clearTimeout(timer);
        resolve({ origin: url[1]!, child, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${out}\n${err}`));
    });
  });
}
