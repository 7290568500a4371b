import { useMemo, useRef } from 'react';
import type { JourneySummary } from '../../../shared/contract/index';
import { applyListView, DEFAULT_LIST_VIEW, describeFilters, type JourneyListView } from './journey-list-view';
import { JourneyListToolbar } from './JourneyListToolbar';
import type { RowActions } from '../ui/RowMenu';
import { JourneyTable } from './JourneyTable';

interface JourneysPanelProps {
  journeys: JourneySummary[];
  trashCount: number;
  view: JourneyListView;
  onViewChange(change: Partial<JourneyListView>): void;
  onOpen(journey: JourneySummary): void;
  onFix(journey: JourneySummary): void;
  actions: RowActions<JourneySummary>;
}

export function JourneysPanel({
  journeys,
  trashCount,
  view,
  onViewChange,
  onOpen,
  onFix,
  actions,
}: JourneysPanelProps) {
  const search = useRef<HTMLInputElement>(null);
  const visible = useMemo(() => applyListView(journeys, view), [journeys, view]);

  if (journeys.length === 0) {
    return (
      <div className="empty-state">
        <p>No journeys yet.</p>
        <p className="muted">
          {trashCount > 0
            ? `${trashCount} deleted ${trashCount === 1 ? 'journey is' : 'journeys are'} in the trash.`
            : 'Choose “+ New journey” to draw your first one, or import a .journey.json file.'}
        </p>
      </div>
    );
  }

  return (
    <>
      <JourneyListToolbar
        view={view}
        shown={visible.length}
        total={journeys.length}
        onChange={onViewChange}
        searchRef={search}
      />
      {visible.length > 0 ? (
        <JourneyTable journeys={visible} sort={view.sort} onOpen={onOpen} onFix={onFix} actions={actions} />
      ) : (
        <div className="empty-state">
          <p>No journeys match</p>
          <p className="muted">{describeFilters(view)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              onViewChange({ query: DEFAULT_LIST_VIEW.query, status: DEFAULT_LIST_VIEW.status });
              search.current?.focus();
            }}
          >
            Clear filters
          </button>
        </div>
      )}
    </>
  );
}
