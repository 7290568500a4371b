import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PRIVATE_FILE_MODE, ensurePrivateDir, makePrivate } from '../private-files';
import { SECRET_KEY_BYTES } from './secret-store';

/** The key file `serve` and the command line use, in the data folder, readable by its owner only. */
export const SECRET_KEY_FILE = 'secret.key';

/**
 * Writes `contents` to `file` only if nothing is there yet, all at once: the bytes go to a private
 * temporary file first, which is then hard-linked into place. link() fails when the name exists,
 * so of two processes creating the file at the same moment one wins and the other reads the
 * winner's complete file; nobody ever reads a half-written one. Answers whether this call created it.
 */
export function createFileOnce(file: string, contents: string | Buffer): boolean {
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, contents, { flag: 'wx', mode: PRIVATE_FILE_MODE });
  try {
    makePrivate(temporary);
    fs.linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * Reads the data folder's secret key, creating it (32 random bytes, base64, mode 0600) on first
 * use. Whoever can read this file can read the secrets: it is never exported or backed up.
 */
export function loadOrCreateKeyFile(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRET_KEY_FILE);
  ensurePrivateDir(dataDir);
  if (!fs.existsSync(file)) createFileOnce(file, randomBytes(SECRET_KEY_BYTES).toString('base64') + '\n');
  makePrivate(file);
  return parseSecretKey(fs.readFileSync(file, 'utf8'), file);
}

/** A base64 key of 32 bytes, from the key file or an environment variable (`where` names it in errors). */
export function parseSecretKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(trimmed))
    throw new Error(`${where} must hold a base64 secret key of ${SECRET_KEY_BYTES} bytes (it is not base64)`);
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== SECRET_KEY_BYTES)
    throw new Error(`${where} must hold a base64 secret key of ${SECRET_KEY_BYTES} bytes (it has ${key.length})`);
  return key;
}
