import { ContactTimelineView } from './ContactTimelineView';
import { StatisticsCharts } from './StatisticsCharts';
import { StepRuns } from './StepRuns';
import { useStatistics } from './statistics-store';
import './statistics.css';

/** The right-hand panel while statistics are shown: charts, a step's contacts, or a contact's timeline. */
export function StatisticsPanel({ journeyId }: { journeyId: string }) {
  const viewer = useStatistics((s) => s.viewer);
  return (
    <aside className="inspector statistics-panel" aria-label="Statistics">
      {viewer?.type === 'step' ? (
        <StepRuns key={viewer.nodeId} journeyId={journeyId} nodeId={viewer.nodeId} />
      ) : viewer?.type === 'contact' ? (
        <ContactTimelineView
          key={viewer.contactId}
          journeyId={journeyId}
          contactId={viewer.contactId}
          fromNodeId={viewer.fromNodeId}
        />
      ) : (
        <StatisticsCharts />
      )}
    </aside>
  );
}
