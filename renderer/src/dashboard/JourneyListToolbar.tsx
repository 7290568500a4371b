import { useId, type Ref } from 'react';
import { JOURNEY_STATUSES } from '../../../shared/model/index';
import { statusLabel } from '../ui/status-label';
import { isJourneySort, isStatusFilter, SORT_OPTIONS, type JourneyListView } from './journey-list-view';

interface JourneyListToolbarProps {
  view: JourneyListView;
  shown: number;
  total: number;
  onChange(change: Partial<JourneyListView>): void;
  searchRef?: Ref<HTMLInputElement>;
}

export function JourneyListToolbar({ view, shown, total, onChange, searchRef }: JourneyListToolbarProps) {
  const searchId = useId();
  const statusId = useId();
  const sortId = useId();
  return (
    <div className="journey-toolbar">
      <div role="search" className="journey-search">
        <label htmlFor={searchId} className="visually-hidden">
          Search journeys
        </label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          placeholder="Search by name"
          autoComplete="off"
          spellCheck={false}
          value={view.query}
          onChange={(event) => onChange({ query: event.target.value })}
        />
      </div>
      {/* Labelled by id rather than by nesting: a nested select would add its value to the name. */}
      <div className="inline-field">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          value={view.status}
          onChange={(event) => isStatusFilter(event.target.value) && onChange({ status: event.target.value })}
        >
          <option value="all">All statuses</option>
          {JOURNEY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={view.sort}
          onChange={(event) => isJourneySort(event.target.value) && onChange({ sort: event.target.value })}
        >
          {SORT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {/* Announced as the user types, so a screen reader hears how many rows are left. */}
      <p className="muted journey-count" role="status">
        {shown === total ? `${total} ${total === 1 ? 'journey' : 'journeys'}` : `${shown} of ${total} journeys`}
      </p>
    </div>
  );
}
