// Start-up of `journey-studio serve` run directly (node bin/journey-studio.mjs, the form the README
// gives for scripts), from launch to its ready line, on a data folder used before (as a server
// started often finds it), against the floor under it measured alternately in the same run: a bare
// Node process that opens an HTTP server on 127.0.0.1 and prints a line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { check, forScale, note } from './support/report';
import { median } from './support/stats';

const ROUNDS = 9;
/** What the README promises for serve's own start once npx is out of the way. */
const TARGET_MS = 300;

// `npm run bench` runs each benchmark from the project's root.
const root = process.cwd();
const BARE_SERVER = "require('node:http').createServer().listen(0, '127.0.0.1', () => console.log('listening'))";

/** Milliseconds from spawning `args` until a line of its output matches `ready`; the process is then stopped. */
function timeToLine(args: string[], ready: RegExp): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (!ready.test(output)) return;
      const elapsed = performance.now() - started;
      child.once('exit', () => resolve(elapsed));
      child.kill('SIGTERM');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!ready.test(output))
        reject(new Error(`${args.join(' ')} exited (${String(code)}) before it was ready: ${errors}`));
    });
  });
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'dist', 'node', 'cli.mjs')))
    throw new Error('Build the app first (npm run build).');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-serve-start-'));
  const serve = ['bin/journey-studio.mjs', 'serve', '--port', '0', '--data-dir', dataDir];
  try {
    // The first start creates the database and fills Node's compile cache; it is not counted.
    await timeToLine(serve, /running at/);
    const ours: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      ours.push(await timeToLine(serve, /running at/));
      bare.push(await timeToLine(['-e', BARE_SERVER], /listening/));
    }
    note(`${ROUNDS} starts each, alternately, medians; the data folder and compile cache are warm`);
    check(
      'serve start to its ready line',
      { ours: median(ours), baseline: median(bare), baselineName: 'bare Node HTTP server', unit: 'ms' },
      { atMost: TARGET_MS },
    );
    forScale('serve start, slowest', { ours: Math.max(...ours), baseline: Math.max(...bare), unit: 'ms' });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
