import type { IncomingMessage } from 'node:http';
import { ApiError } from '../../shared/contract/index';

/** Large enough for a 5,000-node journey with its templates; anything bigger is refused, not buffered. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const text = await readTextBody(req, limit);
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError('BAD_INPUT', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** The body as UTF-8 text, refused with TOO_LARGE past the limit before it is read whole. */
export function readTextBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new ApiError('TOO_LARGE', `The request body is ${declared} bytes; the limit is ${limit} bytes.`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new ApiError('TOO_LARGE', `The request body is larger than the limit of ${limit} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', (error) => {
      if (!failed) reject(new ApiError('BAD_INPUT', `The request body could not be read: ${error.message}`));
      failed = true;
    });
    req.on('end', () => {
      if (failed) return;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}
