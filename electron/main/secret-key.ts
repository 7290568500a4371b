import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { SafeStorage } from 'electron';
import { ensurePrivateDir, makePrivate } from '../services/private-files';
import { SECRET_KEY_BYTES } from '../services/secrets/secret-store';
import {
  createFileOnce,
  loadOrCreateKeyFile,
  parseSecretKey,
  SECRET_KEY_FILE,
} from '../services/secrets/secret-key-file';
import { SECRET_KEY_ENV, secretKeyFromEnvironment } from '../services/secrets/secret-key-source';

/** The desktop app's secret key, sealed by the system's key store (Keychain, DPAPI, libsecret/kwallet). */
export const SEALED_SECRET_KEY_FILE = 'secret.key.sealed';

export type SafeStorageApi = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

export interface DesktopSecretKeyOptions {
  safeStorage: SafeStorageApi;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  log: (message: string) => void;
}

/**
 * Whether the system can seal the key. On Linux without a keyring Electron falls back to a
 * password built into Chromium ("basic_text"), which protects nothing a key file would not.
 */
function systemKeyStoreUsable(safeStorage: SafeStorageApi, platform: NodeJS.Platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

function unsealed(safeStorage: SafeStorageApi, file: string): Buffer {
  let text: string;
  try {
    text = safeStorage.decryptString(fs.readFileSync(file));
  } catch (error) {
    throw new Error(
      `The secret key of this data folder (${SEALED_SECRET_KEY_FILE}) cannot be unlocked by the system's key store ` +
        `(${(error as Error).message}). It was sealed for another user or machine; ` +
        `start with the key in the ${SECRET_KEY_ENV} environment variable, or move ${SEALED_SECRET_KEY_FILE} away to start with new secrets.`,
      { cause: error },
    );
  }
  return parseSecretKey(text, file);
}

/**
 * The key the desktop app seals its secrets with: JOURNEY_STUDIO_SECRET_KEY when set; else a
 * random key of this data folder kept sealed by the system's key store; else, for a folder that
 * `serve` or the command line set up first, or where the system has no key store, the key file.
 * The plain key lives only in memory.
 */
export function desktopSecretKey({ safeStorage, dataDir, env, platform, log }: DesktopSecretKeyOptions): Buffer {
  const fromEnvironment = secretKeyFromEnvironment(env);
  if (fromEnvironment !== undefined) return fromEnvironment;
  // The key comes before the database, which would otherwise make the folder.
  ensurePrivateDir(dataDir);
  const sealedFile = path.join(dataDir, SEALED_SECRET_KEY_FILE);
  if (fs.existsSync(sealedFile)) return unsealed(safeStorage, sealedFile);
  if (fs.existsSync(path.join(dataDir, SECRET_KEY_FILE))) return loadOrCreateKeyFile(dataDir);
  if (!systemKeyStoreUsable(safeStorage, platform)) {
    log(`The system's key store is not available: secrets are sealed with the key file ${SECRET_KEY_FILE} instead.`);
    return loadOrCreateKeyFile(dataDir);
  }
  const key = randomBytes(SECRET_KEY_BYTES);
  // Another instance on the folder may win the race to create it: then its key is the one.
  if (!createFileOnce(sealedFile, safeStorage.encryptString(key.toString('base64')))) {
    return unsealed(safeStorage, sealedFile);
  }
  makePrivate(sealedFile);
  return key;
}
