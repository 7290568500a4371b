import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { NativeDialogs, OpenedFile, OpenFileRequest, SaveFileRequest } from '../services/ports/native-dialogs';
import { writePrivateFile } from '../services/private-files';

export type { NativeDialogs, OpenedFile, OpenFileRequest, SaveFileRequest };

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads through one file handle and stops as soon as the limit is passed, so a file that is
 * replaced or grows after the size check is still never read whole into memory.
 */
async function readLimited(file: string, limit: number): Promise<Buffer> {
  const tooLarge = (size?: number) => {
    const actual = size === undefined ? '' : ` (${formatBytes(size)})`;
    return new Error(
      `"${path.basename(file)}" is too large to open${actual}: Journey Studio opens files up to ${formatBytes(limit)}.`,
    );
  };
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) throw tooLarge(size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge();
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

export function createNativeDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  getWindow: () => BaseWindow | null | undefined,
): NativeDialogs {
  // A dialog attached to its window is modal on macOS and cannot get lost behind it elsewhere.
  const parent = (): BaseWindow | undefined => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : undefined;
  };

  return {
    async saveFile(request) {
      const options: SaveDialogOptions = {
        title: request.title,
        defaultPath: request.defaultPath,
        filters: request.filters,
      };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      try {
        // Exports hold contacts and journeys: readable by their owner only, like the database.
        await writePrivateFile(result.filePath, request.content);
      } catch (error) {
        // Chunks are made while writing, so a failure can come halfway; half a file would pass for a whole one.
        if (typeof request.content !== 'string' && !(request.content instanceof Uint8Array))
          await fs.rm(result.filePath, { force: true });
        throw error;
      }
      return { path: result.filePath };
    },

    async openFile(request) {
      const options: OpenDialogOptions = { title: request.title, filters: request.filters, properties: ['openFile'] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const file = result.filePaths[0];
      if (result.canceled || file === undefined) return null;
      const content = await readLimited(file, request.maxBytes);
      return { path: file, name: path.basename(file), content: content.toString('utf8') };
    },
  };
}
