import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopSecretKey, SEALED_SECRET_KEY_FILE } from '../../../electron/main/secret-key';
import { loadOrCreateKeyFile, SECRET_KEY_FILE } from '../../../electron/services/secrets/secret-key-file';
import { createFakeElectron, type FakeElectron } from '../../__mocks__/electron';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../__mocks__/electron'));

const tempDir = useTempDir('journey-studio-desktop-key-');

describe('the desktop app’s secret key', () => {
  let electron: FakeElectron;
  let log: ReturnType<typeof vi.fn<(message: string) => void>>;
  beforeEach(() => {
    electron = createFakeElectron();
    log = vi.fn<(message: string) => void>();
  });
  const keyOf = (dataDir: string, env: NodeJS.ProcessEnv = {}, platform: NodeJS.Platform = 'linux') =>
    desktopSecretKey({ safeStorage: electron.safeStorage, dataDir, env, platform, log });

  it('is a random key kept only sealed by the system key store, the same on every start', () => {
    const dataDir = tempDir();
    const key = keyOf(dataDir);
    expect(key).toHaveLength(32);
    expect(fs.readdirSync(dataDir)).toEqual([SEALED_SECRET_KEY_FILE]);
    const sealed = fs.readFileSync(path.join(dataDir, SEALED_SECRET_KEY_FILE));
    expect(sealed.includes(key.toString('base64'))).toBe(false);
    expect(electron.safeStorage.encryptString).toHaveBeenCalledWith(key.toString('base64'));
    if (process.platform !== 'win32')
      expect(fs.statSync(path.join(dataDir, SEALED_SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(keyOf(dataDir).equals(key)).toBe(true);
    expect(log).not.toHaveBeenCalled();
  });

  it('keeps using the key file of a folder that serve or the command line set up first', () => {
    const dataDir = tempDir();
    const fileKey = loadOrCreateKeyFile(dataDir);
    expect(keyOf(dataDir).equals(fileKey)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual([SECRET_KEY_FILE]);
  });

  it('uses the key file when the system has no key store, or only Chromium’s built-in password on Linux', () => {
    const unavailable = tempDir();
    electron.safeStorage.available = false;
    expect(keyOf(unavailable).equals(loadOrCreateKeyFile(unavailable))).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('key store is not available'));

    const basicText = tempDir();
    electron.safeStorage.available = true;
    electron.safeStorage.backend = 'basic_text';
    keyOf(basicText);
    expect(fs.readdirSync(basicText)).toEqual([SECRET_KEY_FILE]);
    // Elsewhere the backend question does not arise.
    const mac = tempDir();
    keyOf(mac, {}, 'darwin');
    expect(fs.readdirSync(mac)).toEqual([SEALED_SECRET_KEY_FILE]);
  });

  it('takes JOURNEY_STUDIO_SECRET_KEY over everything and writes nothing', () => {
    const dataDir = tempDir();
    const key = randomBytes(32);
    expect(keyOf(dataDir, { JOURNEY_STUDIO_SECRET_KEY: key.toString('base64') }).equals(key)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('says what to do when the sealed key cannot be unlocked (another user or machine)', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, SEALED_SECRET_KEY_FILE), 'sealed elsewhere');
    expect(() => keyOf(dataDir)).toThrow(/cannot be unlocked by the system's key store .*JOURNEY_STUDIO_SECRET_KEY/);
  });
});
