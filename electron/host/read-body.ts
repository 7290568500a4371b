import type { IncomingMessage } from 'node:http';
import { ApiError } from '../../shared/contract/index';

/** Large enough for a 5,000-node journey with its templates; anything bigger is refused, not buffered. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
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
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch (error) {
        reject(new ApiError('BAD_INPUT', `The request body is not valid JSON: ${(error as Error).message}`));
      }
    });
  });
}
