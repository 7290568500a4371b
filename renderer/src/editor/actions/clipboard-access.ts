/** Reading and writing text on the system clipboard, whichever way the current command can. */
export interface ClipboardAccess {
  write(text: string): Promise<void>;
  read(): Promise<string | null>;
}

// What was last copied in this window: paste from a menu still works where reading the system
// clipboard is not permitted.
let lastCopied: string | null = null;

/** For toolbar and menu commands: the async Clipboard API, falling back to this window's copy. */
export const systemClipboard: ClipboardAccess = {
  async write(text) {
    lastCopied = text;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Not permitted here; the in-window copy above still serves paste.
    }
  },
  async read() {
    try {
      const text = await navigator.clipboard.readText();
      if (text) return text;
    } catch {
      // Reading needs a permission the page may not have.
    }
    return lastCopied;
  },
};

/** For Ctrl/⌘+C, X and V: the clipboard event's own data, which needs no permission. */
export function eventClipboard(event: ClipboardEvent): ClipboardAccess {
  return {
    async write(text) {
      lastCopied = text;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    },
    async read() {
      return event.clipboardData?.getData('text/plain') || lastCopied;
    },
  };
}
