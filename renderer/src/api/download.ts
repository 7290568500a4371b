import type { DownloadedFile } from '../../../shared/contract/index';

/** Saves text as a file through a temporary link: the browser's own download. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves a file a download method answered with. */
export function saveDownloaded({ fileName, blob }: DownloadedFile): void {
  downloadBlob(fileName, blob);
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
