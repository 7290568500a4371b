#!/usr/bin/env node
// The `journey-studio` command. Builds dist/ on first use from a source checkout, then runs the CLI.
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'node', 'cli.mjs');
const renderer = path.join(root, 'dist', 'renderer', 'index.html');

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `journey-studio needs Node 22 or later (this is ${process.version}). Run it through npm (npx journey-studio, npm start), which uses the Node 22 installed with the project.\n`,
  );
  process.exit(2);
}

if (!fs.existsSync(cli) || !fs.existsSync(renderer)) {
  process.stderr.write('Building Journey Studio (first run)…\n');
  const { buildNode, buildRenderer } = await import(pathToFileURL(path.join(root, 'build', 'build.mjs')).href);
  await buildNode();
  await buildRenderer();
}
// V8 keeps the compiled CLI bundle (1.5 MB) on disk, so later starts skip compiling it again.
module.enableCompileCache?.();
await import(pathToFileURL(cli).href);
