import type { JourneySummary } from '../../../shared/contract/index';
import { StatusBadge } from '../ui/StatusBadge';
import { EditedTime } from './EditedTime';

interface TrashTableProps {
  journeys: JourneySummary[];
  onRestore(journey: JourneySummary): void;
  onPurge(journey: JourneySummary, from: HTMLElement): void;
}

export function TrashTable({ journeys, onRestore, onPurge }: TrashTableProps) {
  return (
    <table className="journey-table trash-table" aria-label="Trash">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
          <th scope="col" aria-sort="descending">
            Deleted
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {journeys.map((journey) => (
          <tr key={journey.id}>
            {/* No link: a journey in the trash is restored before it is edited. */}
            <th scope="row" className="trashed-name">
              {journey.name}
            </th>
            <td>
              <StatusBadge status={journey.status} />
            </td>
            <td>{journey.deletedAt ? <EditedTime iso={journey.deletedAt} /> : null}</td>
            <td className="row-actions">
              <button
                type="button"
                className="button small"
                aria-label={`Restore ${journey.name}`}
                onClick={() => onRestore(journey)}
              >
                Restore
              </button>
              <button
                type="button"
                className="button small danger"
                aria-label={`Delete ${journey.name} forever`}
                onClick={(event) => onPurge(journey, event.currentTarget)}
              >
                Delete forever
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
