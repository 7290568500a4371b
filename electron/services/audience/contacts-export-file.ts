import { ApiError } from '../../../shared/contract/index';
import type { ServiceContext } from '../context';
import { exportContactsCsv, exportFileName, type ExportRequest } from './contacts-export';

const CSV_FILTER = [{ name: 'CSV', extensions: ['csv'] }];

/** The header, already taken, then the rest of the chunks as the file is written. */
function* resumed(first: IteratorResult<string>, rest: Generator<string>): Generator<string> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}

/**
 * The desktop app's export: the save dialog picks the file and the CSV is streamed into it page by
 * page, so a million contacts never sit in memory as one text.
 */
export async function exportContactsToFile(
  ctx: ServiceContext,
  request: ExportRequest,
): Promise<{ path: string | null; rows: number }> {
  if (ctx.dialogs === null) {
    throw new ApiError(
      'UNAVAILABLE',
      'Exporting contacts to a file through a save dialog needs the desktop app; in the browser the export is a download instead.',
    );
  }
  const now = ctx.now();
  const tally = { rows: 0 };
  const chunks = exportContactsCsv(ctx.store, request, now, tally);
  // Taking the header first checks the list and the filter before a dialog asks where to save.
  const first = chunks.next();
  const saved = await ctx.dialogs.saveFile({
    title: 'Export contacts',
    defaultPath: exportFileName(request, ctx.store, now),
    filters: CSV_FILTER,
    content: resumed(first, chunks),
  });
  return saved === null ? { path: null, rows: 0 } : { path: saved.path, rows: tally.rows };
}
