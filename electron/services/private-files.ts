import fs from 'node:fs';

/** Owner read/write only: contacts and webhook secrets are nobody else's business on a shared machine. */
export const PRIVATE_FILE_MODE = 0o600;
/** Owner only, so other local users cannot even list the file names. */
export const PRIVATE_DIR_MODE = 0o700;

const onPosix = process.platform !== 'win32';

/**
 * Creates the folder (and missing parents) readable by its owner only. A folder that already
 * exists keeps its mode: it may be one the user chose and shares on purpose.
 */
export function ensurePrivateDir(dir: string): void {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // mkdir's mode passes through the umask; chmod does not.
  if (onPosix) fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates an empty file with the private mode; fails if something is already there. */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
}

/** Tightens files written before modes were set (or by a tool that ignores them); missing files are skipped. */
export function makePrivate(...files: string[]): void {
  if (!onPosix) return;
  for (const file of files) {
    try {
      if ((fs.statSync(file).mode & 0o777) !== PRIVATE_FILE_MODE) fs.chmodSync(file, PRIVATE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** Writes a whole file that only its owner may read, replacing any file already at the path. */
export async function writePrivateFile(
  file: string,
  content: Parameters<typeof fs.promises.writeFile>[1],
): Promise<void> {
  await fs.promises.writeFile(file, content, { mode: PRIVATE_FILE_MODE });
  // An existing file keeps its old mode through writeFile.
  makePrivate(file);
}
