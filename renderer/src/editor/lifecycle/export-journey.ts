import type { AppClient } from '../../api/client';
import { downloadText } from '../../api/download';

export interface ExportNotice {
  tone: 'info' | 'error';
  text: string;
}

/** What to say after an export: where it went (a download shows itself) and anything left out. */
export function exportNotices(outcome: {
  path: string | null;
  downloaded: boolean;
  warnings: readonly string[];
}): ExportNotice[] {
  const notices: ExportNotice[] = [];
  if (outcome.path) notices.push({ tone: 'info', text: `Exported to ${outcome.path}` });
  else if (outcome.downloaded) notices.push({ tone: 'info', text: 'Exported: the journey file is in your downloads.' });
  for (const warning of outcome.warnings) notices.push({ tone: 'info', text: warning });
  return notices;
}

/**
 * A journey as a .journey.json file: the desktop app asks where to save it; a browser downloads
 * the text the service wrote. Cancelling the save dialog is not an error and says nothing.
 */
export async function exportJourney(client: AppClient, id: string, download = downloadText): Promise<ExportNotice[]> {
  if (client.host === 'electron') {
    const { path, warnings } = await client.exchange.exportToFile({ id });
    return path === null ? [] : exportNotices({ path, downloaded: false, warnings });
  }
  const { fileName, content, warnings } = await client.exchange.export({ id });
  download(fileName, content, 'application/json;charset=utf-8');
  return exportNotices({ path: null, downloaded: true, warnings });
}
