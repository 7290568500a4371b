import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PRIVATE_FILE_MODE, makePrivate } from '../private-files';
import { SECRET_KEY_BYTES } from './secret-store';

/** The key file `serve` and the command line use, in the data folder, readable by its owner only. */
export const SECRET_KEY_FILE = 'secret.key';

/**
 * Reads the data folder's secret key, creating it (32 random bytes, base64, mode 0600) on first
 * use. Whoever can read this file can read the secrets: it is never exported or backed up.
 */
export function loadOrCreateKeyFile(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRET_KEY_FILE);
  try {
    fs.writeFileSync(file, randomBytes(SECRET_KEY_BYTES).toString('base64') + '\n', {
      flag: 'wx',
      mode: PRIVATE_FILE_MODE,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  makePrivate(file);
  return parseSecretKey(fs.readFileSync(file, 'utf8'), file);
}

/** A base64 key of 32 bytes, from the key file or an environment variable (`where` names it in errors). */
export function parseSecretKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== SECRET_KEY_BYTES)
    throw new Error(`${where} must hold a base64 secret key of ${SECRET_KEY_BYTES} bytes (it has ${key.length})`);
  return key;
}
