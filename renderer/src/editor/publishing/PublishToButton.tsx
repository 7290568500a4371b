import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store';
import { PublishToDialog } from './PublishToDialog';
import './publishing.css';

/** "Publish to…" in the editor's header, for a journey with a version live here (what it sends). */
export function PublishToButton() {
  const { journeyId, name, liveVersion, status } = useAppStore(
    useShallow((s) => ({
      journeyId: s.editorJourneyId,
      name: s.journey?.name ?? '',
      liveVersion: s.liveVersion,
      status: s.journey?.status,
    })),
  );
  const [open, setOpen] = useState(false);
  if (!journeyId || liveVersion === null || status === 'archived') return null;
  return (
    <>
      <button type="button" className="button small" onClick={() => setOpen(true)}>
        Publish to…
      </button>
      {open && (
        <PublishToDialog journeyId={journeyId} journeyName={name} version={liveVersion} onOpenChange={setOpen} />
      )}
    </>
  );
}
