#!/usr/bin/env node
// Builds everything the app runs: the Node side (CLI + Electron main + preload) with esbuild and the
// renderer with Vite, into dist/. `--node-only` skips the renderer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // Native and heavy modules stay in node_modules; everything else is bundled.
  external: ['electron', 'better-sqlite3', 'mjml'],
};

// Bundled CommonJS dependencies still call require(); give an ES module bundle one.
const ESM_REQUIRE = {
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};

// The CSV import's reading worker: TypeScript with shared code, so it is bundled on its own.
export const IMPORT_WORKER_FILE = 'import-worker.mjs';

/** Bundles the import worker to `outfile` (tests and benchmarks build their own copy too). */
export function buildImportWorker(outfile) {
  return esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'electron/services/import/import-worker.ts')],
    outfile,
    format: 'esm',
    banner: ESM_REQUIRE,
    sourcemap: false,
  });
}

// worker_threads needs a file of its own. The MJML worker is bundled with mjml and html-to-text
// inside, so the packaged app can ship it unpacked beside app.asar (a worker cannot load modules
// from inside the archive) without unpacking mjml's whole dependency tree.
export const MJML_WORKER_FILE = 'mjml-worker.mjs';

/** Bundles the MJML worker to `outfile` (tests build their own copy too). */
export function buildMjmlWorker(outfile) {
  return esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'electron/services/rendering/mjml-worker.mjs')],
    outfile,
    format: 'esm',
    banner: ESM_REQUIRE,
    sourcemap: false,
    external: [],
  });
}

// The journey engine's worker: the engine with its own SQLite connection, off the thread that
// answers the interface. better-sqlite3 stays external (a native module); in the packaged app it
// is unpacked beside app.asar, where the unpacked worker finds it.
export const ENGINE_WORKER_FILE = 'engine-worker.mjs';

/** Bundles the engine worker to `outfile` (tests build their own copy too). */
export function buildEngineWorker(outfile) {
  return esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'electron/services/engine/engine-worker.ts')],
    outfile,
    format: 'esm',
    banner: ESM_REQUIRE,
    sourcemap: false,
  });
}

async function buildMjmlWorkers() {
  const outfile = path.join(root, 'dist/electron', MJML_WORKER_FILE);
  await buildMjmlWorker(outfile);
  fs.mkdirSync(path.join(root, 'dist/node'), { recursive: true });
  fs.copyFileSync(outfile, path.join(root, 'dist/node', MJML_WORKER_FILE));
}

export async function buildNode() {
  await Promise.all([
    buildMjmlWorkers(),
    esbuild.build({
      ...common,
      entryPoints: ['electron/cli/index.ts'],
      outfile: 'dist/node/cli.mjs',
      format: 'esm',
      banner: ESM_REQUIRE,
    }),
    esbuild.build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: 'dist/electron/main.cjs',
      format: 'cjs',
    }),
    esbuild.build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: 'dist/electron/preload.cjs',
      format: 'cjs',
    }),
    ...['dist/node', 'dist/electron'].map((dir) => buildImportWorker(path.join(root, dir, IMPORT_WORKER_FILE))),
    ...['dist/node', 'dist/electron'].map((dir) => buildEngineWorker(path.join(root, dir, ENGINE_WORKER_FILE))),
  ]);
}

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  await buildNode();
  if (!process.argv.includes('--node-only')) await buildRenderer();
  console.log(`Built Journey Studio into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
