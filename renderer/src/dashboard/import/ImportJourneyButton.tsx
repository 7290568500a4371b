import { useRef } from 'react';
import type { AppHost } from '../../api/page-host';

interface ImportJourneyButtonProps {
  host: AppHost;
  busy: boolean;
  onFile(file: File): void;
  /** The desktop app's open dialog. */
  onDialog(): void;
}

/** "Import journey": the desktop app's open dialog, or a browser file picker reading the file in the page. */
export function ImportJourneyButton({ host, busy, onFile, onDialog }: ImportJourneyButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => (host === 'electron' ? onDialog() : input.current?.click())}
      >
        {busy ? 'Importing…' : 'Import journey'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Journey file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) still fires a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
