#!/usr/bin/env node
// `npm start`: build, then run the desktop app; where no Electron runtime can be had, serve the same
// app in browser mode instead. `npm run web` (--web) goes straight to browser mode.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildNode, buildRenderer } from './build.mjs';
import { obtainElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const passThrough = args.filter((arg) => arg !== '--web');

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root, env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function serveInBrowserMode() {
  run(process.execPath, [path.join(root, 'dist', 'node', 'cli.mjs'), 'serve', ...passThrough]);
}

try {
  await buildNode();
  await buildRenderer();
} catch (error) {
  console.error(`Journey Studio could not be built: ${error?.message ?? error}`);
  process.exit(1);
}

if (webOnly) {
  serveInBrowserMode();
} else {
  const electron = obtainElectronBinary(root);
  if (electron.binary) {
    // ELECTRON_RUN_AS_NODE inherited from a parent shell would turn the app into a plain Node process.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    run(electron.binary, [root, ...passThrough], env);
  } else {
    console.log(
      `Electron runtime is not available (${electron.reason}); serving Journey Studio in browser mode instead.`,
    );
    serveInBrowserMode();
  }
}
