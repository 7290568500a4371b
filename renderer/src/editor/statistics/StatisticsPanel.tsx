import { lazy, Suspense } from 'react';
import { ContactTimelineView } from './ContactTimelineView';
import { StepRuns } from './StepRuns';
import { useStatistics } from './statistics-store';
import './statistics.css';

// The charting library is only needed once statistics are shown, so it stays out of the startup bundle.
const StatisticsCharts = lazy(() =>
  import('./StatisticsCharts').then((module) => ({ default: module.StatisticsCharts })),
);

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
        <Suspense fallback={<p role="status">Loading charts…</p>}>
          <StatisticsCharts />
        </Suspense>
      )}
    </aside>
  );
}
