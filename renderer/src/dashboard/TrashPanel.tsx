import type { JourneySummary } from '../../../shared/contract/index';
import { TrashTable } from './TrashTable';

interface TrashPanelProps {
  journeys: JourneySummary[];
  onRestore(journey: JourneySummary): void;
  onPurge(journey: JourneySummary, from: HTMLElement): void;
}

export function TrashPanel({ journeys, onRestore, onPurge }: TrashPanelProps) {
  if (journeys.length === 0) {
    return (
      <div className="empty-state">
        <p>The trash is empty.</p>
        <p className="muted">Deleted journeys wait here until you restore them or delete them forever.</p>
      </div>
    );
  }
  return (
    <>
      <p className="muted">Restore a journey to edit it again. Deleting forever cannot be undone.</p>
      <TrashTable journeys={journeys} onRestore={onRestore} onPurge={onPurge} />
    </>
  );
}
