import { useState, type DragEvent } from 'react';

interface PickFileStepProps {
  busy: boolean;
  onFile(file: File): void;
  onTemplate(): void;
}

/** Step 1: a CSV from the file picker or dropped on the zone; a template to start from. */
export function PickFileStep({ busy, onFile, onTemplate }: PickFileStepProps) {
  const [dragging, setDragging] = useState(false);
  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }
  return (
    <section aria-label="Choose a file" className="import-steps">
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>Drop a CSV file here, or</p>
        <label className="field" style={{ alignItems: 'center' }}>
          <span className="field-label">CSV file</span>
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onFile(file);
            }}
          />
        </label>
        {busy && <p role="status">Reading the file…</p>}
      </div>
      <p className="muted">
        The first row names the columns; one column must hold the customerId.{' '}
        <button type="button" className="button small" onClick={onTemplate}>
          Download a template CSV
        </button>
      </p>
    </section>
  );
}
