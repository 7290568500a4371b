import { BRIDGE_GLOBAL } from '../../../shared/contract/index';

/**
 * Files and downloads that do not fit the JSON contract: the browser host takes a CSV as a raw
 * upload (answering with an uploadId the imports service accepts) and hands exports back as CSV.
 */

/** Where token.ts keeps the browser host's per-launch token for this tab. */
const TOKEN_STORAGE_KEY = 'journey-studio.token';

function authHeader(): Record<string, string> {
  return { Authorization: `Bearer ${window.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? ''}` };
}

async function failure(response: Response, what: string): Promise<Error> {
  const text = await response.text().catch(() => '');
  let message = text;
  try {
    const body = JSON.parse(text) as { error?: { message?: string }; message?: string };
    message = body.error?.message ?? body.message ?? text;
  } catch {
    // Not JSON: the text itself is the best explanation there is.
  }
  return new Error(`${what} failed (${response.status})${message ? `: ${message}` : ''}`);
}

/** In Electron the preload bridge exists and the desktop app can read the file by its path. */
export function nativePathOf(file: File): string | null {
  const bridge = (window as unknown as Record<string, { pathForFile?: (file: File) => string } | undefined>)[
    BRIDGE_GLOBAL
  ];
  const path = bridge?.pathForFile?.(file);
  return typeof path === 'string' && path !== '' ? path : null;
}

/** Sends a file to the host; returns the uploadId to import from. */
export async function uploadFile(file: File): Promise<string> {
  const response = await fetch(new URL('api/upload', window.location.href), {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', ...authHeader() },
    body: file,
  });
  if (!response.ok) throw await failure(response, 'The upload');
  const body = (await response.json()) as { uploadId?: string; value?: { uploadId?: string } };
  const uploadId = body.uploadId ?? body.value?.uploadId;
  if (!uploadId) throw new Error('The upload was not acknowledged with an uploadId.');
  return uploadId;
}

/** Saves text as a file through a temporary link: the browser's own download. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Exports contacts (all, a list, or a filter's matches) as CSV and downloads it. */
export async function exportContacts(
  selection: { listId?: string; filter?: unknown },
  fileName = 'contacts.csv',
): Promise<void> {
  const response = await fetch(new URL('api/export/contacts', window.location.href), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeader() },
    body: JSON.stringify(selection),
  });
  if (!response.ok) throw await failure(response, 'The export');
  const disposition = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '');
  downloadBlob(disposition?.[1] ?? fileName, await response.blob());
}
