import path from 'node:path';
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { IPC_PICKED_FILE_CHANNEL } from '../../shared/contract/bridge';
import type { Dispatcher } from '../../shared/contract/dispatch';
import { isTrustedSender } from './ipc';

/**
 * The files the user handed to the page in this session, by picking them in a file dialog or
 * dropping them on the window. A page that has been made to misbehave can call the API with any
 * path it likes, but it cannot make up a file the user chose: so only these paths are read.
 */
export class PickedFiles {
  readonly #paths = new Set<string>();

  add(file: string): void {
    this.#paths.add(path.resolve(file));
  }

  has(file: string): boolean {
    return path.isAbsolute(file) && this.#paths.has(path.resolve(file));
  }
}

/**
 * The preload reports each path Electron gives it for a picked or dropped File (webUtils only
 * answers for those); main keeps them. Reports from anything but the app's own top frame, and
 * anything but an absolute path, are ignored.
 */
export function registerPickedFiles(
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  picked: PickedFiles,
  isTrusted: (event: IpcMainInvokeEvent) => boolean = isTrustedSender,
): () => void {
  const listener = (event: IpcMainEvent, file: unknown) => {
    if (!isTrusted(event as unknown as IpcMainInvokeEvent)) return;
    if (typeof file !== 'string' || !path.isAbsolute(file)) return;
    picked.add(file);
  };
  ipcMain.on(IPC_PICKED_FILE_CHANNEL, listener);
  return () => ipcMain.removeListener(IPC_PICKED_FILE_CHANNEL, listener);
}

/** The API methods that read a CSV from `source.path`. */
const READS_SOURCE_PATH = new Set(['imports.preview', 'imports.start']);

function sourcePathOf(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  const source = (input as { source?: unknown }).source;
  if (typeof source !== 'object' || source === null || !Object.hasOwn(source, 'path')) return undefined;
  return (source as { path: unknown }).path;
}

/** Refuses an import from a path the user did not pick or drop in this session. */
export function guardPickedSources(dispatcher: Dispatcher, picked: PickedFiles): Dispatcher {
  return {
    upload: (service, method, body) => dispatcher.upload(service, method, body),
    download: (service, method, input) => dispatcher.download(service, method, input),
    async dispatch(service, method, input) {
      if (READS_SOURCE_PATH.has(`${service}.${method}`)) {
        const file = sourcePathOf(input);
        if (typeof file === 'string' && !picked.has(file)) {
          const message = `Journey Studio reads only files you picked or dropped in this session; choose "${path.basename(file)}" again.`;
          return {
            ok: false,
            error: {
              code: 'FORBIDDEN',
              message: `source.path: ${message}`,
              issues: [{ path: 'source.path', message }],
            },
          };
        }
      }
      return dispatcher.dispatch(service, method, input);
    },
  };
}
