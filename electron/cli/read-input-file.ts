import { promises as fs } from 'node:fs';
import { MAX_JOURNEY_FILE_BYTES } from '../../shared/contract/index';
import { formatBytes } from '../../shared/exchange/index';
import { CliError } from './cli-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A journey file's text; CliError (exit 2) when it is missing, too large or not UTF-8 text. */
export async function readInputFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(file);
    if (size > MAX_JOURNEY_FILE_BYTES) {
      throw new CliError(
        2,
        `"${file}" is ${formatBytes(size)}; a journey file can be at most ${formatBytes(MAX_JOURNEY_FILE_BYTES)}.`,
      );
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new CliError(2, `cannot read "${file}": ${reason}.`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new CliError(2, `"${file}" is not UTF-8 text, so it is not a journey file.`);
  }
}
