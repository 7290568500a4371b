import { ApiError, MAX_JOURNEY_FILE_BYTES, type ApiIssue } from '../../../../shared/contract/index';
import type { AppClient } from '../../api/client';
import { messageOf } from '../../store/message-of';

export type ImportResult = Awaited<ReturnType<AppClient['exchange']['import']>>;

const MIB = 1024 * 1024;

/** Rounded up, so a file just over the limit never reads as exactly the limit. */
function mebibytes(bytes: number): string {
  return `${(Math.ceil((bytes / MIB) * 10) / 10).toFixed(1)} MiB`;
}

/**
 * Why a picked or dropped file cannot be a journey file, before anything is read or sent: too big
 * (the service refuses more than 5 MiB anyway), or plainly something else. Null when it may be one.
 */
export function journeyFileProblem(file: { name: string; size: number }): string | null {
  if (!/\.json$/i.test(file.name))
    return `“${file.name}” is not a journey file. Choose a .journey.json file exported from Journey Studio.`;
  if (file.size > MAX_JOURNEY_FILE_BYTES) {
    return `“${file.name}” is too large (${mebibytes(file.size)}); a journey file is at most ${MAX_JOURNEY_FILE_BYTES / MIB} MiB.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}

/** The first file of a drop that looks like a journey file, else the first file (to say why not). */
export function pickDroppedFile<F extends { name: string }>(files: readonly F[]): F | null {
  return (
    files.find((file) => /\.journey\.json$/i.test(file.name)) ??
    files.find((file) => /\.json$/i.test(file.name)) ??
    files[0] ??
    null
  );
}

/** "Imported “Welcome” (2 templates imported, 1 reused)". */
export function importedMessage(
  result: Pick<ImportResult, 'journey' | 'templatesImported' | 'templatesReused' | 'fieldsCreated'>,
): string {
  const parts: string[] = [];
  const templates = (count: number) => `${count} ${count === 1 ? 'template' : 'templates'}`;
  if (result.templatesImported) parts.push(`${templates(result.templatesImported)} imported`);
  if (result.templatesReused)
    parts.push(
      result.templatesImported ? `${result.templatesReused} reused` : `${templates(result.templatesReused)} reused`,
    );
  if (result.fieldsCreated.length) {
    parts.push(
      `${result.fieldsCreated.length} customer ${result.fieldsCreated.length === 1 ? 'field' : 'fields'} created`,
    );
  }
  return `Imported “${result.journey.name}”${parts.length ? ` (${parts.join(', ')})` : ''}.`;
}

/** What went wrong, as the import dialog lists it: the message and each issue with its JSON path. */
export interface ImportFailure {
  fileName: string;
  message: string;
  issues: ApiIssue[];
}

export function importFailure(fileName: string, error: unknown): ImportFailure {
  if (error instanceof ApiError) return { fileName, message: error.message, issues: error.issues ?? [] };
  return { fileName, message: messageOf(error), issues: [] };
}

/** Reads the file in the page and hands its text to the service; refuses a wrong file before reading it. */
export async function importJourneyFile(client: AppClient, file: File): Promise<ImportResult> {
  const problem = journeyFileProblem(file);
  if (problem) throw new ApiError('BAD_INPUT', problem);
  const content = await file.text();
  return client.exchange.import({ content, fileName: file.name });
}
