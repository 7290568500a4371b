/** What the email frame does to show a new document. */
export type FrameUpdate =
  /** Nothing: the frame already shows (or is loading) this document. */
  | 'none'
  /** A frame without a document yet: it loads this one as its srcdoc. */
  | 'load'
  /** Written into the frame's current document: no navigation, no new frame. */
  | 'write'
  /** A new frame: the current one is still loading an older document. */
  | 'replace';

export interface FrameState {
  /** The document the frame shows or is loading; null for a frame not given one yet. */
  shown: string | null;
  /** The frame has finished loading its srcdoc, so its document can be written to. */
  loaded: boolean;
}

/**
 * Writing into the loaded document spares a navigation per keystroke (the frame keeps its
 * browsing context, its sandbox and the content security policy it was loaded with). A frame
 * still loading is replaced instead: Chromium can leave the old document on screen when srcdoc
 * changes mid-load, and its document cannot be written to yet.
 */
export function frameUpdate(state: FrameState, next: string): FrameUpdate {
  if (state.shown === null) return 'load';
  if (state.shown === next) return 'none';
  return state.loaded ? 'write' : 'replace';
}
