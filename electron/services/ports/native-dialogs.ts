/** The file-type filters of a dialog, as Electron takes them. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  title: string;
  defaultPath?: string;
  filters?: FileFilter[];
  /**
   * The bytes to write, or text chunks made while the file is written: a large export (a million
   * contacts) then never sits in memory whole. A failure while chunks are made leaves no file.
   */
  content: string | Uint8Array | Iterable<string> | AsyncIterable<string>;
}

export interface OpenFileRequest {
  title: string;
  filters?: FileFilter[];
  /** Imports are read whole into memory, so the caller states how much it is willing to hold. */
  maxBytes: number;
}

export interface OpenedFile {
  path: string;
  name: string;
  /** UTF-8 text: everything the app imports (journeys, templates) is JSON or HTML. */
  content: string;
}

/** The port services use for file dialogs; null means the user cancelled. */
export interface NativeDialogs {
  saveFile(request: SaveFileRequest): Promise<{ path: string } | null>;
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
}
