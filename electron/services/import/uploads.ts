import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiError, type ByteStream } from '../../../shared/contract/index';

/** Browser uploads land here (the host streams them), named by their upload id. */
export const UPLOADS_DIR_NAME = 'uploads';
export const MAX_UPLOAD_BYTES = 1024 ** 3;
const UPLOAD_ID = /^[A-Za-z0-9-]{1,64}$/;
const DAY_MS = 86_400_000;

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, UPLOADS_DIR_NAME);
}

/** The file of an upload; the id pattern keeps it inside the uploads folder. */
export function uploadPath(dataDir: string, uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId)) throw new ApiError('BAD_INPUT', `"${uploadId}" is not an upload id.`);
  return path.join(uploadsDir(dataDir), `${uploadId}.upload`);
}

/**
 * Writes an upload (a CSV to import) to a file under the data folder's uploads/ as it arrives,
 * never holding it in memory; an import names it by the returned id. If the bytes stop coming
 * (too large, connection lost) the partial file is removed.
 */
export async function saveUpload(dataDir: string, body: ByteStream, newId: () => string = randomUUID): Promise<string> {
  const uploadId = newId();
  const file = uploadPath(dataDir, uploadId);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    await pipeline(Readable.from(body), fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    fs.rmSync(file, { force: true });
    if (error instanceof ApiError) throw error;
    throw new ApiError('BAD_INPUT', `The upload could not be received: ${(error as Error).message}`);
  }
  return uploadId;
}

/**
 * A CSV source as a file path: the desktop app's path as is, an upload by its id. Paths are only
 * taken from the desktop app: in browser mode a page could otherwise read any file of this machine.
 */
export function resolveSource(
  dataDir: string,
  source: { path: string } | { uploadId: string },
  host: 'electron' | 'browser',
): string {
  if ('path' in source && host !== 'electron') {
    throw new ApiError(
      'FORBIDDEN',
      'Importing from a file path works in the desktop app only; in the browser, upload the file.',
    );
  }
  const file = 'path' in source ? source.path : uploadPath(dataDir, source.uploadId);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ApiError(
      'NOT_FOUND',
      'path' in source
        ? `There is no file at ${file}.`
        : `There is no upload "${source.uploadId}" (uploads are kept for a day).`,
    );
  }
  if (!stat.isFile()) throw new ApiError('BAD_INPUT', `${file} is not a file.`);
  return file;
}

/** Uploads are only needed while an import is set up and run; anything older than a day is left over. */
export function cleanOldUploads(dataDir: string, now: Date): number {
  const dir = uploadsDir(dataDir);
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (now.getTime() - fs.statSync(file).mtimeMs > DAY_MS) {
        fs.rmSync(file, { force: true });
        removed += 1;
      }
    } catch {
      // Removed meanwhile, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}
