import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiError } from '../../shared/contract/index';
import { MAX_UPLOAD_BYTES, uploadPath } from '../services/import/uploads';
import { hasMediaType } from './security';

/**
 * Streams a browser upload (a CSV to import) to a file under the data folder's uploads/, never
 * holding it in memory; an import names it by the returned id. Over the limit it is refused and
 * the partial file removed.
 */
export async function receiveUpload(req: IncomingMessage, dataDir: string, limit = MAX_UPLOAD_BYTES): Promise<string> {
  if (!hasMediaType(req, 'application/octet-stream')) {
    throw new ApiError('BAD_INPUT', 'Uploads must send Content-Type: application/octet-stream.');
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit)
    throw new ApiError('TOO_LARGE', `The file is ${declared} bytes; the limit is ${limit} bytes.`);
  const uploadId = randomUUID();
  const file = uploadPath(dataDir, uploadId);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) done(new ApiError('TOO_LARGE', `The file is larger than the limit of ${limit} bytes.`));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(req, counter, fs.createWriteStream(file, { flags: 'wx' }));
  } catch (error) {
    fs.rmSync(file, { force: true });
    if (error instanceof ApiError) throw error;
    throw new ApiError('BAD_INPUT', `The upload could not be received: ${(error as Error).message}`);
  }
  return uploadId;
}
