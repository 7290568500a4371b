import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  createFileOnce,
  loadOrCreateKeyFile,
  SECRET_KEY_FILE,
} from '../../../../electron/services/secrets/secret-key-file';
import { nodeSecretKey, SECRET_KEY_ENV } from '../../../../electron/services/secrets/secret-key-source';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir('journey-studio-secret-key-');

function run(bundle: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve(out));
  });
}

describe('the key file of serve and the command line', () => {
  it('is created once, 0600, and read back the same', () => {
    const dataDir = tempDir();
    const first = loadOrCreateKeyFile(dataDir);
    expect(first).toHaveLength(32);
    expect(loadOrCreateKeyFile(dataDir).equals(first)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dataDir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dataDir)).toEqual([SECRET_KEY_FILE]);
  });

  it('gives every one of several processes starting at the same moment the same complete key', async () => {
    const work = tempDir();
    const bundle = path.join(work, 'key-file-child.cjs');
    await esbuild.build({
      entryPoints: [path.join(import.meta.dirname, 'support/key-file-child.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'warning',
    });
    for (let round = 0; round < 2; round++) {
      const dataDir = fs.mkdtempSync(path.join(work, 'data-'));
      const startAt = String(Date.now() + 400);
      const keys = await Promise.all(Array.from({ length: 6 }, () => run(bundle, [dataDir, startAt])));
      expect(keys.filter((key) => key.startsWith('error'))).toEqual([]);
      expect(new Set(keys).size).toBe(1);
      expect(Buffer.from(keys[0]!, 'base64')).toHaveLength(32);
      expect(fs.readdirSync(dataDir)).toEqual([SECRET_KEY_FILE]);
    }
  }, 30_000);

  it('creates a file whole or not at all: a file already there is kept as it is, and no temporary file stays', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'once');
    expect(createFileOnce(file, 'first')).toBe(true);
    expect(createFileOnce(file, 'second')).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
    expect(fs.readdirSync(dataDir)).toEqual(['once']);
  });

  it('refuses a damaged key file, naming it', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, SECRET_KEY_FILE), 'c2hvcnQ=\n');
    expect(() => loadOrCreateKeyFile(dataDir)).toThrow(
      /secret\.key must hold a base64 secret key of 32 bytes \(it has 5\)/,
    );
  });
});

describe('JOURNEY_STUDIO_SECRET_KEY', () => {
  it('is used instead of the key file, which is then never written', () => {
    const dataDir = tempDir();
    const key = randomBytes(32);
    expect(nodeSecretKey(dataDir, { [SECRET_KEY_ENV]: key.toString('base64') }).equals(key)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('is refused with the variable named when it is not a 32-byte base64 key, and its value not repeated', () => {
    const dataDir = tempDir();
    expect(() => nodeSecretKey(dataDir, { [SECRET_KEY_ENV]: 'not a key!' })).toThrow(
      /The JOURNEY_STUDIO_SECRET_KEY environment variable must hold a base64 secret key of 32 bytes \(it is not base64\)/,
    );
    expect(() => nodeSecretKey(dataDir, { [SECRET_KEY_ENV]: randomBytes(16).toString('base64') })).toThrow(
      /JOURNEY_STUDIO_SECRET_KEY environment variable must hold .* \(it has 16\)/,
    );
  });

  it('falls back to the key file when unset or empty', () => {
    const dataDir = tempDir();
    const fromFile = nodeSecretKey(dataDir, { [SECRET_KEY_ENV]: '' });
    expect(fromFile.equals(loadOrCreateKeyFile(dataDir))).toBe(true);
  });
});
