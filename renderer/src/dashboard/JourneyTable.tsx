import type { JourneySummary } from '../../../shared/contract/index';
import { hrefFor } from '../app/route';
import { formatEdited } from '../ui/format-time';
import { StatusBadge } from '../ui/StatusBadge';

interface JourneyTableProps {
  journeys: JourneySummary[];
  onOpen(journey: JourneySummary): void;
  onRename(journey: JourneySummary): void;
  onDelete(journey: JourneySummary): void;
}

export function JourneyTable({ journeys, onOpen, onRename, onDelete }: JourneyTableProps) {
  return (
    <table className="journey-table" aria-label="Journeys">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
          <th scope="col">Last edited</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {journeys.map((journey) => (
          <tr key={journey.id} onDoubleClick={() => onOpen(journey)}>
            <th scope="row">
              <a href={hrefFor({ page: 'editor', journeyId: journey.id })} className="journey-link">
                {journey.name}
              </a>
              {journey.description && <div className="muted">{journey.description}</div>}
            </th>
            <td>
              <StatusBadge status={journey.status} />
            </td>
            <td>
              <time dateTime={journey.updatedAt} title={journey.updatedAt}>
                {formatEdited(journey.updatedAt)}
              </time>
            </td>
            <td className="row-actions">
              <button type="button" className="button small" aria-label={`Rename ${journey.name}`} onClick={() => onRename(journey)}>
                Rename
              </button>
              <button type="button" className="button small danger" aria-label={`Delete ${journey.name}`} onClick={() => onDelete(journey)}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
