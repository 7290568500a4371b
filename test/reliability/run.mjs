#!/usr/bin/env node
// `npm run reliability`: the long crash run, outside `npm test`. Bundles crash.reliability.ts (Node
// runs JavaScript) and runs it from the repository root; options after `--` are passed on
// (`npm run reliability -- --contacts 2000 --kills 5 --seed 7`).
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const outfile = path.join(root, 'dist', 'reliability', 'crash.reliability.mjs');
await esbuild.build({
  entryPoints: [path.join(here, 'crash.reliability.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
