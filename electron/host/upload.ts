import type { IncomingMessage } from 'node:http';
import { ApiError, type ByteStream } from '../../shared/contract/index';

/**
 * A request's body as it arrives, for an upload method: refused up front when its declared length
 * is over the limit, and cut off with TOO_LARGE once more than the limit has come.
 */
export function uploadBody(req: IncomingMessage, limit: number): ByteStream {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit)
    throw new ApiError('TOO_LARGE', `The file is ${declared} bytes; the limit is ${limit} bytes.`);
  return (async function* () {
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new ApiError('TOO_LARGE', `The file is larger than the limit of ${limit} bytes.`);
      yield chunk;
    }
  })();
}
