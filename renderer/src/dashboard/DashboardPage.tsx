import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { JourneySummary } from '../../../shared/contract/index';
import { navigate } from '../app/route';
import { useAppStore } from '../store/app-store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { NameDialog } from '../ui/NameDialog';
import { JourneyTable } from './JourneyTable';

type Pending = { kind: 'create' } | { kind: 'rename'; journey: JourneySummary } | { kind: 'delete'; journey: JourneySummary } | null;

export function DashboardPage() {
  const { journeys, status, error, loadJourneys, createJourney, renameJourney, deleteJourney, notify } = useAppStore(
    useShallow((s) => ({
      journeys: s.journeys,
      status: s.journeysStatus,
      error: s.journeysError,
      loadJourneys: s.loadJourneys,
      createJourney: s.createJourney,
      renameJourney: s.renameJourney,
      deleteJourney: s.deleteJourney,
      notify: s.notify,
    })),
  );
  const [pending, setPending] = useState<Pending>(null);

  useEffect(() => {
    void loadJourneys();
  }, [loadJourneys]);

  const close = (open: boolean) => {
    if (!open) setPending(null);
  };

  return (
    <main className="page dashboard">
      <header className="page-header">
        <h1>Journeys</h1>
        <button type="button" className="button primary" onClick={() => setPending({ kind: 'create' })}>
          + New journey
        </button>
      </header>

      {status === 'loading' && (
        <p role="status" className="placeholder">
          Loading journeys…
        </p>
      )}
      {status === 'error' && (
        <div role="alert" className="error-panel">
          <p>The journeys could not be loaded: {error}</p>
          <button type="button" className="button" onClick={() => void loadJourneys()}>
            Try again
          </button>
        </div>
      )}
      {status === 'ready' && journeys.length === 0 && (
        <div className="empty-state">
          <p>No journeys yet. Create one to start drawing.</p>
        </div>
      )}
      {status === 'ready' && journeys.length > 0 && (
        <JourneyTable
          journeys={journeys}
          onOpen={(journey) => navigate({ page: 'editor', journeyId: journey.id })}
          onRename={(journey) => setPending({ kind: 'rename', journey })}
          onDelete={(journey) => setPending({ kind: 'delete', journey })}
        />
      )}

      <NameDialog
        open={pending?.kind === 'create'}
        title="New journey"
        label="Journey name"
        submitLabel="Create"
        onOpenChange={close}
        onSubmit={async (name) => {
          await createJourney(name);
          notify('info', `Created “${name}”.`);
        }}
      />
      {pending?.kind === 'rename' && (
        <NameDialog
          open
          title="Rename journey"
          label="Journey name"
          submitLabel="Rename"
          initialValue={pending.journey.name}
          onOpenChange={close}
          onSubmit={(name) => renameJourney(pending.journey.id, name)}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          open
          title={`Delete “${pending.journey.name}”?`}
          description="The journey moves to the trash, from where it can be restored."
          confirmLabel="Delete"
          onOpenChange={close}
          onConfirm={async () => {
            await deleteJourney(pending.journey.id);
            notify('info', `Moved “${pending.journey.name}” to the trash.`);
          }}
        />
      )}
    </main>
  );
}
