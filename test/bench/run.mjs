#!/usr/bin/env node
// Runs every benchmark in test/bench (files named *.bench.ts), one after another, each in its own
// process. They are bundled first, since Node runs JavaScript. `npm run bench -- canvas` runs one.
// A benchmark exits non-zero when one of its results missed its target (see support/report.ts) or
// when it broke; either fails the run, after every benchmark has run.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)))
  .sort();

if (!benches.length) {
  console.error(`No benchmark matches ${only.join(', ')}.`);
  process.exit(2);
}

const outDir = path.join(root, 'dist', 'bench', 'node');
await esbuild.build({
  entryPoints: benches.map((name) => path.join(here, name)),
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  logLevel: 'warning',
});

const failed = [];
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, [path.join(outDir, name.replace(/\.ts$/, '.mjs'))], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\n${failed.length} of ${benches.length} benchmarks missed a target or failed: ${failed.join(', ')}`);
  process.exit(1);
}
