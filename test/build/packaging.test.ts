import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import afterPack, { electronBinaryPath, fuseConfig } from '../../build/after-pack.mjs';

const root = path.resolve(import.meta.dirname, '../..');

/** The configuration exactly as electron-builder reads and checks it before packaging. */
async function builderConfig() {
  const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, { isEnabled: false, add: () => {} } as never);
  return config;
}

/** The `files` patterns for the app folder; electron-builder reads a plain list as one `filter`. */
function filePatterns(files: unknown): string[] {
  return (files as Array<string | { from?: string; filter?: string[] }>).flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    expect(entry.from, 'files are taken from the project folder').toBeUndefined();
    return entry.filter ?? [];
  });
}

/** electron-builder's rule for `files`: a path is packed when it matches a pattern and no later negation. */
function packs(patterns: string[], file: string): boolean {
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true })) included = false;
    } else if (minimatch(file, pattern, { dot: true })) included = true;
  }
  return included;
}

describe('packaging (electron-builder.yml)', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(builderConfig()).resolves.toBeTruthy();
  });

  it('packs only what the app runs: no benchmarks, command-line bundle or source maps', async () => {
    const files = filePatterns((await builderConfig()).files);
    for (const needed of [
      'package.json',
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/electron/mjml-worker.mjs',
      'dist/electron/import-worker.mjs',
      'dist/electron/engine-worker.mjs',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-3f2a.js',
    ])
      expect(packs(files, needed), needed).toBe(true);
    for (const unwanted of [
      'dist/bench/canvas/index.html',
      'dist/bench/results.json',
      'dist/node/cli.mjs',
      'dist/electron/main.cjs.map',
      'dist/renderer/assets/index-3f2a.js.map',
      'dist/electron/leftover.txt',
      'dist/anything-else.js',
      'test-results/trace.zip',
      'bin/journey-studio.mjs',
      'electron/main/index.ts',
      'release/Journey Studio.AppImage',
    ])
      expect(packs(files, unwanted), unwanted).toBe(false);
    // An allow-list: no pattern takes a whole folder of dist/ except the built interface.
    expect(files.filter((pattern) => !pattern.startsWith('!') && pattern.includes('*'))).toEqual([
      'dist/renderer/**/*',
    ]);
  });

  it('ships the app in an asar archive with the three workers and the database module unpacked beside it', async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
    expect([...(config.asarUnpack as string[])].sort()).toEqual([
      'dist/electron/engine-worker.mjs',
      'dist/electron/import-worker.mjs',
      'dist/electron/mjml-worker.mjs',
      'node_modules/better-sqlite3/**',
    ]);
    expect(config.afterPack).toBe('./build/after-pack.mjs');
  });
});

describe('Electron fuses (build/after-pack.mjs)', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and loads the app only from a checked asar', () => {
    for (const platform of ['linux', 'win32', 'darwin'])
      expect(fuseConfig(platform), platform).toMatchObject({
        strictlyRequireAllFuses: true,
        [FuseV1Options.RunAsNode]: false,
        [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
        [FuseV1Options.EnableNodeCliInspectArguments]: false,
        [FuseV1Options.OnlyLoadAppFromAsar]: true,
        [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
        [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      });
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('linux').resetAdHocDarwinSignature).toBe(false);
  });

  it('finds the Electron binary of each platform in the packed folder', () => {
    const context = (electronPlatformName: string) => ({
      appOutDir: '/out',
      electronPlatformName,
      packager: { appInfo: { productFilename: 'Journey Studio' }, executableName: 'journey-studio' },
    });
    expect(electronBinaryPath(context('linux'))).toBe(path.join('/out', 'journey-studio'));
    expect(electronBinaryPath(context('win32'))).toBe(path.join('/out', 'Journey Studio.exe'));
    expect(electronBinaryPath(context('darwin'))).toBe(path.join('/out', 'Journey Studio.app'));
  });

  it('writes the fuses into the binary electron-builder packed', async () => {
    // A stand-in binary: the fuse sentinel followed by a wire of nine fuses, all at Electron's defaults.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-fuses-'));
    try {
      const binary = path.join(dir, 'journey-studio');
      const defaults = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
      fs.writeFileSync(
        binary,
        Buffer.concat([
          Buffer.alloc(4096, 0x90),
          Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
          Buffer.from([1, defaults.length, ...defaults]),
          Buffer.alloc(4096, 0x90),
        ]),
      );
      await afterPack({
        appOutDir: dir,
        electronPlatformName: 'linux',
        packager: { appInfo: { productFilename: 'Journey Studio' }, executableName: 'journey-studio' },
      });
      const wire = await getCurrentFuseWire(binary);
      expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
