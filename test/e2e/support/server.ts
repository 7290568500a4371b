import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const READY = /^Journey Studio running at (http:\/\/127\.0\.0\.1:(\d+)\/)#token=([A-Za-z0-9_-]+)$/m;
// Printed after the address once the engine has tried for the sending lease: tests that start a
// second process on the same folder rely on the first one sending by then.
const ENGINE_LINE = /^Journey engine /m;

export interface ServedApp {
  /** The URL exactly as printed, token included. */
  openUrl: string;
  baseUrl: string;
  token: string;
  stop(): Promise<void>;
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-e2e-'));
}

/** Starts `journey-studio serve` as a user would and waits for its ready line and its engine's. */
export function serveApp(dataDir: string): Promise<ServedApp> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'bin', 'journey-studio.mjs'), 'serve', '--port', '0', '--data-dir', dataDir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`journey-studio serve did not print its ready line in time. Output:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (!match || !ENGINE_LINE.test(output)) return;
      clearTimeout(timer);
      resolve({
        openUrl: `${match[1]}#token=${match[3]}`,
        baseUrl: match[1]!,
        token: match[3]!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`journey-studio serve exited with ${code}. Output:\n${output}`));
    });
  });
}
