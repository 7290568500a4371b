import type { Envelope } from './errors';

/** Every IPC channel of the app starts with this; main refuses anything else. */
export const IPC_PREFIX = 'journey-studio:';
export const IPC_INVOKE_CHANNEL = `${IPC_PREFIX}invoke`;
export const IPC_EVENT_CHANNEL = `${IPC_PREFIX}event`;
/** The preload tells main which file paths the user picked or dropped; main reads only those. */
export const IPC_PICKED_FILE_CHANNEL = `${IPC_PREFIX}picked-file`;

/** The one object the preload puts on window. */
export const BRIDGE_GLOBAL = 'journeyStudio';

export interface PreloadBridge {
  invoke(service: string, method: string, input: unknown): Promise<Envelope>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** The path of a file the user picked or dropped, so the desktop app imports it in place. */
  pathForFile(file: File): string;
}
