import { useCallback, useEffect, useRef, useState } from 'react';
import { Tabs } from 'radix-ui';
import { useShallow } from 'zustand/react/shallow';
import type { JourneySummary } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';
import { SenderNotice } from '../ui/SenderNotice';
import { navigate } from '../app/route';
import { exportJourney } from '../editor/lifecycle/export-journey';
import { useAppStore } from '../store/app-store';
import type { DashboardTab } from '../store/journeys-slice';
import { messageOf } from '../store/message-of';
import { JourneyDialogs, type PendingDialog } from './JourneyDialogs';
import type { RowActions } from '../ui/RowMenu';
import { JourneysPanel } from './JourneysPanel';
import { NewJourneyMenu, type NewJourneyOption } from './NewJourneyMenu';
import { TrashPanel } from './TrashPanel';
import { ImportJourneyButton } from './import/ImportJourneyButton';
import { ImportReportDialog, type ImportReport } from './import/ImportReportDialog';
import {
  importedMessage,
  importFailure,
  journeyFileProblem,
  pickDroppedFile,
  type ImportResult,
} from './import/journey-file';
import { useFileDrop } from './import/use-file-drop';
import { fixRoute } from './journey-row-view';
import './dashboard.css';

export function DashboardPage() {
  const {
    journeys,
    trash,
    status,
    error,
    view,
    tab,
    setView,
    setTab,
    loadJourneys,
    createJourney,
    renameJourney,
    duplicateJourney,
    deleteJourney,
    restoreJourney,
    purgeJourney,
    importJourney,
    importJourneyFromDialog,
    notify,
  } = useAppStore(
    useShallow((s) => ({
      journeys: s.journeys,
      trash: s.trash,
      status: s.journeysStatus,
      error: s.journeysError,
      view: s.journeyListView,
      tab: s.dashboardTab,
      setView: s.setJourneyListView,
      setTab: s.setDashboardTab,
      loadJourneys: s.loadJourneys,
      createJourney: s.createJourney,
      renameJourney: s.renameJourney,
      duplicateJourney: s.duplicateJourney,
      deleteJourney: s.deleteJourney,
      restoreJourney: s.restoreJourney,
      purgeJourney: s.purgeJourney,
      importJourney: s.importJourney,
      importJourneyFromDialog: s.importJourneyFromDialog,
      notify: s.notify,
    })),
  );
  const client = useClient();
  const [pending, setPending] = useState<PendingDialog>(null);
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<ImportReport>(null);
  const newJourneyButton = useRef<HTMLButtonElement>(null);
  const tabButtons = useRef<Partial<Record<DashboardTab, HTMLButtonElement | null>>>({});
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    void loadJourneys();
  }, [loadJourneys]);

  const runImport = useCallback(
    async (fileName: string, job: () => Promise<ImportResult | null>) => {
      setImporting(true);
      try {
        const result = await job();
        if (!result) return;
        notify('info', importedMessage(result));
        if (result.warnings.length) setReport({ kind: 'warnings', result });
      } catch (error) {
        setReport({ kind: 'failed', failure: importFailure(fileName, error) });
      } finally {
        setImporting(false);
      }
    },
    [notify],
  );

  const importFile = useCallback(
    (file: File) => {
      // Refused before reading: a huge or wrong file says why at once, without a round trip.
      const problem = journeyFileProblem(file);
      if (problem) setReport({ kind: 'failed', failure: { fileName: file.name, message: problem, issues: [] } });
      else void runImport(file.name, () => importJourney(file));
    },
    [importJourney, runImport],
  );

  const { dragging, dropProps } = useFileDrop(
    useCallback(
      (files: File[]) => {
        const file = pickDroppedFile(files);
        if (file) importFile(file);
      },
      [importFile],
    ),
  );

  function openDialog(dialog: PendingDialog, from: HTMLElement | null) {
    returnFocusTo.current = from;
    setPending(dialog);
  }

  // The row that opened a dialog may be gone when it closes (deleted, restored): fall back to the
  // current tab, which also reads out the new count.
  function focusAfterChange(target = returnFocusTo.current) {
    (target?.isConnected ? target : tabButtons.current[tab])?.focus();
  }

  async function attempt(failure: string, action: () => Promise<void>) {
    try {
      await action();
    } catch (cause) {
      notify('error', `${failure}: ${messageOf(cause)}`);
    }
  }

  const newJourneyOptions: NewJourneyOption[] = [
    {
      id: 'blank',
      label: 'Blank canvas',
      hint: 'Start from an empty canvas and draw freely.',
      opensDialog: true,
      onSelect: () => openDialog({ kind: 'create' }, newJourneyButton.current),
    },
    {
      id: 'guided',
      label: 'Guided',
      hint: 'Order updates step by step: channel, events, a message with fallbacks per event.',
      opensDialog: false,
      onSelect: () => navigate({ page: 'guided' }),
    },
    {
      id: 'quick',
      label: 'Quick',
      hint: 'Start from a pre-configured journey with ready templates.',
      opensDialog: false,
      onSelect: () => navigate({ page: 'quick' }),
    },
  ];

  const rowActions: RowActions<JourneySummary> = {
    onRename: (journey, from) => openDialog({ kind: 'rename', journey }, from),
    onDelete: (journey, from) => openDialog({ kind: 'delete', journey }, from),
    onDuplicate: (journey) =>
      void attempt(`“${journey.name}” could not be duplicated`, async () => {
        const copy = await duplicateJourney(journey.id);
        notify('info', `Duplicated as “${copy.name}”.`);
      }),
    extraItems: [
      {
        label: 'Export',
        onSelect: (journey) =>
          void attempt(`“${journey.name}” could not be exported`, async () => {
            for (const notice of await exportJourney(client, journey.id)) notify(notice.tone, notice.text);
          }),
      },
    ],
  };

  const restore = (journey: JourneySummary) =>
    void attempt(`“${journey.name}” could not be restored`, async () => {
      await restoreJourney(journey.id);
      notify('info', `Restored “${journey.name}”.`);
      focusAfterChange(null);
    });

  return (
    <main className={dragging ? 'page dashboard dropping' : 'page dashboard'} {...dropProps}>
      <header className="page-header">
        <h1>Journeys</h1>
        <ImportJourneyButton
          host={client.host}
          busy={importing}
          onFile={importFile}
          onDialog={() => void runImport('the chosen file', importJourneyFromDialog)}
        />
        <NewJourneyMenu options={newJourneyOptions} triggerRef={newJourneyButton} />
      </header>
      <SenderNotice />
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop a .journey.json file to import it as a new draft
        </div>
      )}

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
      {status === 'ready' && (
        <Tabs.Root
          className="dashboard-tabs"
          value={tab}
          onValueChange={(value) => setTab(value === 'trash' ? 'trash' : 'journeys')}
        >
          <Tabs.List className="tab-list" aria-label="Journey lists">
            <Tabs.Trigger
              ref={(button) => {
                tabButtons.current.journeys = button;
              }}
              className="tab"
              value="journeys"
            >
              Journeys ({journeys.length})
            </Tabs.Trigger>
            <Tabs.Trigger
              ref={(button) => {
                tabButtons.current.trash = button;
              }}
              className="tab"
              value="trash"
            >
              Trash ({trash.length})
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content className="tab-panel" value="journeys">
            <JourneysPanel
              journeys={journeys}
              trashCount={trash.length}
              view={view}
              onViewChange={setView}
              onOpen={(journey) => navigate({ page: 'editor', journeyId: journey.id })}
              onFix={(journey) => navigate(fixRoute(journey))}
              actions={rowActions}
            />
          </Tabs.Content>
          <Tabs.Content className="tab-panel" value="trash">
            <TrashPanel
              journeys={trash}
              onRestore={restore}
              onPurge={(journey, from) => openDialog({ kind: 'purge', journey }, from)}
            />
          </Tabs.Content>
        </Tabs.Root>
      )}

      <JourneyDialogs
        pending={pending}
        onClose={() => setPending(null)}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          focusAfterChange();
        }}
        onCreate={async (name) => {
          const id = await createJourney(name);
          notify('info', `Created “${name}”.`);
          navigate({ page: 'editor', journeyId: id });
        }}
        onRename={(journey, name) => renameJourney(journey.id, name)}
        onDelete={async (journey) => {
          await deleteJourney(journey.id);
          notify('info', `Moved “${journey.name}” to the trash.`);
        }}
        onPurge={async (journey) => {
          await purgeJourney(journey.id);
          notify('info', `Deleted “${journey.name}” forever.`);
        }}
      />
      <ImportReportDialog
        report={report}
        onClose={() => setReport(null)}
        onOpenJourney={(id) => {
          setReport(null);
          navigate({ page: 'editor', journeyId: id });
        }}
      />
    </main>
  );
}
