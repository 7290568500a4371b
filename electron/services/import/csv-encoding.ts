import fs from 'node:fs';
import { Transform } from 'node:stream';
import { ApiError } from '../../../shared/contract/index';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'latin1';

/**
 * The encoding of a CSV from its first bytes: a BOM says it outright; otherwise text that decodes
 * as UTF-8 is UTF-8, and anything else is taken as Latin-1 (Windows-1252, what "ANSI" exports
 * from Excel are; the WHATWG decoder reads the label latin1 that way).
 */
export function detectEncoding(head: Buffer): CsvEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff)
    throw new ApiError('BAD_INPUT', 'The file is UTF-16 big-endian; save it as UTF-8 and try again.');
  try {
    // stream: true tolerates a character cut in two at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'latin1';
  }
}

export function readHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** Bytes in, text out (BOM dropped); counts the bytes so progress can say how far through the file it is. */
export function decodingStream(encoding: CsvEncoding, onBytes: (count: number) => void): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk.length);
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}
