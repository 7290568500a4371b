import type { AriaAttributes } from 'react';
import type { JourneySummary } from '../../../shared/contract/index';
import { problemCountText } from '../../../shared/journey/summary';
import { hrefFor } from '../app/route';
import { StatusBadge } from '../ui/StatusBadge';
import { ChannelList } from './ChannelList';
import { EditedTime } from './EditedTime';
import { entryTypeLabel } from './entry-type-label';
import type { JourneySort } from './journey-list-view';
import { canFix, continueSetup, fixHint, isBroken, unfinishedProblems, versionNote } from './journey-row-view';
import { RowMenu, type RowActions } from '../ui/RowMenu';
import { useJourneyFigures } from './use-journey-figures';
import { usePublishedJourneys } from './use-published-journeys';

interface JourneyTableProps {
  journeys: JourneySummary[];
  sort: JourneySort;
  onOpen(journey: JourneySummary): void;
  /** Opens the editor at the first error of a Broken journey. */
  onFix(journey: JourneySummary): void;
  actions: RowActions<JourneySummary>;
}

type SortedColumn = 'name' | 'status' | 'edited';

const SORTED_BY: Record<JourneySort, [SortedColumn, 'ascending' | 'descending']> = {
  'name-asc': ['name', 'ascending'],
  'name-desc': ['name', 'descending'],
  status: ['status', 'ascending'],
  'edited-asc': ['edited', 'ascending'],
  'edited-desc': ['edited', 'descending'],
};

/** Tells screen readers which column the "Sort by" choice orders by. */
function ariaSort(column: SortedColumn, sort: JourneySort): AriaAttributes['aria-sort'] {
  const [sorted, direction] = SORTED_BY[sort];
  return sorted === column ? direction : undefined;
}

export function JourneyTable({ journeys, sort, onOpen, onFix, actions }: JourneyTableProps) {
  const figures = useJourneyFigures();
  const published = usePublishedJourneys();
  return (
    <table className="journey-table" aria-label="Journeys">
      <thead>
        <tr>
          <th scope="col" aria-sort={ariaSort('name', sort)}>
            Name
          </th>
          <th scope="col" aria-sort={ariaSort('status', sort)}>
            Status
          </th>
          <th scope="col">Channels</th>
          <th scope="col">Entry</th>
          <th scope="col" className="numeric">
            Steps
          </th>
          <th scope="col" className="numeric">
            In flight
          </th>
          <th scope="col" className="numeric">
            Entered
          </th>
          <th scope="col" className="numeric">
            Converted
          </th>
          <th scope="col" aria-sort={ariaSort('edited', sort)}>
            Last edited
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {journeys.map((journey) => {
          const broken = isBroken(journey);
          const problems = unfinishedProblems(journey);
          const note = versionNote(journey);
          const resume = continueSetup(journey);
          const figure = figures.get(journey.id);
          return (
            <tr
              key={journey.id}
              onDoubleClick={(event) => {
                // A quick second click on the row's own link or menu button is not a request to open.
                if (!(event.target as Element).closest('a, button')) onOpen(journey);
              }}
            >
              <th scope="row">
                <a href={hrefFor({ page: 'editor', journeyId: journey.id })} className="journey-link">
                  {journey.name}
                </a>
                {published.has(journey.id) && (
                  <span
                    className="badge published-elsewhere"
                    title={`Published to this server through its journey API by “${published.get(journey.id)!.clientName}”: read-only here.`}
                  >
                    Published from elsewhere
                  </span>
                )}
                {journey.description && <div className="muted journey-description">{journey.description}</div>}
              </th>
              <td>
                <span className="journey-status">
                  <StatusBadge status={journey.status} />
                  {broken && <StatusBadge status={journey.status} broken unreadable={journey.unreadable} />}
                  {problems !== null && (
                    <span className="badge status-problems" title={fixHint(journey)}>
                      {problemCountText(problems)}
                    </span>
                  )}
                </span>
                {note && <div className="muted journey-version-note">{note}</div>}
                {journey.unreadable && <div className="muted journey-version-note">{journey.unreadable}</div>}
              </td>
              <td>
                <ChannelList channels={journey.channels} />
              </td>
              <td>{entryTypeLabel(journey.entryType)}</td>
              <td className="numeric">{journey.nodeCount}</td>
              <td className="numeric">{figure?.inFlight.toLocaleString('en-US') ?? '–'}</td>
              <td className="numeric">{figure?.entered.toLocaleString('en-US') ?? '–'}</td>
              <td className="numeric">{figure?.converted.toLocaleString('en-US') ?? '–'}</td>
              <td>
                <EditedTime iso={journey.updatedAt} />
              </td>
              <td className="row-actions">
                {canFix(journey) && (
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Fix ${journey.name}`}
                    title={fixHint(journey)}
                    onClick={() => onFix(journey)}
                  >
                    Fix
                  </button>
                )}
                {resume !== null && (
                  <a
                    className="button small"
                    href={hrefFor(resume.route)}
                    aria-label={`Continue setup of ${journey.name}`}
                    title={resume.hint}
                  >
                    Continue setup
                  </a>
                )}
                {/* A Guided Mode draft's problems are its cards': Continue setup leads to them. */}
                {problems !== null && resume === null && (
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Show problems in ${journey.name}`}
                    title={fixHint(journey)}
                    onClick={() => onFix(journey)}
                  >
                    Show problems
                  </button>
                )}
                <RowMenu item={journey} actions={actions} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
