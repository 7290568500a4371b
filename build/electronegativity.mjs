#!/usr/bin/env node
// Part of `npm run lint`: runs Electronegativity (Doyensec's checker for Electron misconfigurations)
// over the project and fails on any finding above LOW. It runs offline: the tool fetches updated
// translations and Electron's release list from GitHub, and lint touches no network.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));

/**
 * Checks left out, each with the reason. Findings that were reviewed and are safe are marked in
 * the code itself with an `eng-disable` comment beside them, never here.
 */
export const EXCLUDED_CHECKS = {
  // It compares the Electron version with GitHub's list of releases, which needs the network;
  // Electron is kept current through the dependency updates instead.
  AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK: 'needs the network',
};

/** The tool's own English strings, loaded the way its CLI does, minus the download of newer ones. */
function useBundledStrings() {
  const i18n = require(require.resolve('i18n', { paths: [toolDir] }));
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.join(toolDir, 'dist', 'locales'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
  const fetcher = path.join(toolDir, 'dist', 'locales', 'i18n.js');
  require.cache[fetcher] = { id: fetcher, filename: fetcher, loaded: true, exports: async () => {} };
}

/**
 * What the app is made of: its manifest and the code and page that ship. Build output (dist/, a
 * minified copy its parser cannot read), tests and their fakes are left out. The tool scans one
 * folder, so these are linked into a temporary one.
 */
export const APP_SOURCES = ['package.json', 'electron', 'renderer', 'shared'];

async function withAppSources(scan) {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-electronegativity-'));
  try {
    for (const entry of APP_SOURCES) {
      const source = path.join(root, entry);
      // Junctions need no privileges on Windows; a lone file is simply copied.
      if (fs.statSync(source).isDirectory()) fs.symlinkSync(source, path.join(staging, entry), 'junction');
      else fs.copyFileSync(source, path.join(staging, entry));
    }
    return await scan(staging);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Scans `input` (a folder), or the app's sources when none is given. */
export async function runElectronegativity(input) {
  if (input === undefined) return withAppSources((staging) => runElectronegativity(staging));
  useBundledStrings();
  const run = require(path.join(toolDir, 'dist', 'runner.js'));
  const electronVersion = require(require.resolve('electron/package.json', { paths: [root] })).version;
  const result = await run({
    input,
    customScan: [],
    excludeFromScan: Object.keys(EXCLUDED_CHECKS).map((id) => id.toLowerCase().replaceAll('_', '')),
    severitySet: 'informational',
    confidenceSet: 'tentative',
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  return result;
}

/** LOW and INFORMATIONAL findings are advice; anything above fails the lint. */
export function findingsAboveLow(issues) {
  return issues.filter((issue) => issue.severity.value > 1);
}

export function describeFinding(issue) {
  return `${issue.file}:${issue.location.line}:${issue.location.column} ${issue.id} (${issue.severity.name}, ${issue.confidence.name}): ${issue.description}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { issues, errors } = await runElectronegativity();
  const serious = findingsAboveLow(issues);
  for (const issue of serious) console.error(describeFinding(issue));
  for (const error of errors) console.error(`Electronegativity could not read ${error.file}: ${error.message}`);
  if (serious.length > 0 || errors.some((error) => !error.tolerable)) {
    console.error(`Electronegativity: ${serious.length} finding(s) above LOW.`);
    process.exit(1);
  }
}
