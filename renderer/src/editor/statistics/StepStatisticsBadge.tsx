import { lazy, memo, Suspense } from 'react';
import type { StepStatistics } from '../../../../shared/contract/index';
import { count, percent } from './format';
import { openViewer, useStatistics } from './statistics-store';

// Charts load with the statistics, not with the canvas: every card has this badge, few show a chart.
const Sparkline = lazy(() => import('./Sparkline').then((module) => ({ default: module.Sparkline })));

const MESSAGE_COUNTERS: [keyof StepStatistics, string][] = [
  ['sent', 'Sent'],
  ['delivered', 'Delivered'],
  ['failed', 'Failed'],
  ['fellBack', 'Fell back'],
  ['clicked', 'Clicked'],
];

/**
 * A step's counters over the canvas while statistics are shown. It subscribes to its own step's
 * figures only: a poll that changes other steps' numbers does not render it.
 */
export const StepStatisticsBadge = memo(function StepStatisticsBadge({
  nodeId,
  title,
}: {
  nodeId: string;
  title: string;
}) {
  const stats = useStatistics((s) => (s.enabled ? s.steps[nodeId] : undefined));
  const lowest = useStatistics((s) => s.enabled && s.loaded?.lowestConversion === nodeId);
  const spark = useStatistics((s) => (s.enabled ? s.sparks[nodeId] : undefined));
  if (stats === undefined) return null;
  const extras = (stats.kind === 'message' ? MESSAGE_COUNTERS : []).filter(([key]) => stats[key] !== 0);
  if (stats.converted > 0) extras.push(['converted', 'Converted']);
  if (stats.exited > 0) extras.push(['exited', 'Exited']);
  return (
    <section
      className={`step-statistics nodrag${lowest ? ' lowest' : ''}`}
      aria-label={`Statistics of ${title}`}
      data-lowest={lowest ? 'true' : undefined}
    >
      <div className="step-statistics-main">
        <button
          type="button"
          className="step-stat step-stat-link"
          title="Show the contacts on this step"
          onClick={(event) => {
            event.stopPropagation();
            openViewer({ type: 'step', nodeId });
          }}
        >
          Entered <b>{count(stats.entered)}</b>
        </button>
        <span className="step-stat">
          In flight <b>{count(stats.inFlight)}</b>
        </span>
        {stats.conversion !== null && (
          <span
            className="step-stat"
            title="Of the contacts who left the steps before this one, the share who came here"
          >
            Conversion <b>{percent(stats.conversion)}</b>
          </span>
        )}
      </div>
      {extras.length > 0 && (
        <div className="step-statistics-extra">
          {extras.map(([key, label]) => (
            <span key={key} className="step-stat">
              {label} <b>{count(stats[key] as number)}</b>
            </span>
          ))}
        </div>
      )}
      {lowest && <p className="step-statistics-lowest">Lowest conversion</p>}
      {spark && (
        <Suspense fallback={null}>
          <Sparkline counts={spark} label={`Entries over time at ${title}`} />
        </Suspense>
      )}
    </section>
  );
});
