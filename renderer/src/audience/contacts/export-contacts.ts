import type { Filter } from '../../../../shared/model/index';
import type { AppClient } from '../../api/client';
import { saveDownloaded } from '../../api/download';

export interface ExportSelection {
  listId?: string;
  filter?: Filter;
}

export type ExportOutcome =
  { kind: 'saved'; path: string; rows: number } | { kind: 'cancelled' } | { kind: 'downloaded' };

/**
 * The desktop app saves through its save dialog, with the rows streamed to the file in the main
 * process; a browser downloads the CSV (contacts.exportCsv) from the browser host.
 */
export async function exportContactsCsv(
  client: AppClient,
  selection: ExportSelection,
  download: (selection: ExportSelection) => Promise<void> = async (selection) =>
    saveDownloaded(await client.contacts.exportCsv(selection)),
): Promise<ExportOutcome> {
  if (client.host === 'electron') {
    const { path, rows } = await client.contacts.exportToFile(selection);
    return path === null ? { kind: 'cancelled' } : { kind: 'saved', path, rows };
  }
  await download(selection);
  return { kind: 'downloaded' };
}

/** What to tell the user afterwards; a download shows itself in the browser. */
export function exportNotice(outcome: ExportOutcome): string | null {
  if (outcome.kind !== 'saved') return null;
  return `Exported ${outcome.rows.toLocaleString('en-US')} ${outcome.rows === 1 ? 'contact' : 'contacts'} to ${outcome.path}`;
}
