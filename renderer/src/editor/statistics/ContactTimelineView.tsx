import { useEffect, useState } from 'react';
import type { ContactTimeline, TimelineItem } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { downloadText } from '../../api/download';
import { openViewer } from './statistics-store';

function line(item: TimelineItem): string {
  switch (item.type) {
    case 'step':
      return `${item.stepLabel ?? item.nodeId}: ${item.reason}`;
    case 'attempt':
      return `${item.stepLabel ?? item.nodeId}: ${item.channel} attempt ${item.attempt} ${item.status}${item.error ? ` (${item.error})` : ''}`;
    case 'event':
      return `event ${item.name}`;
  }
}

/** One contact's every run in the journey: steps with the reason for each decision, attempts, events. */
export function ContactTimelineView({
  journeyId,
  contactId,
  fromNodeId,
}: {
  journeyId: string;
  contactId: string;
  fromNodeId?: string | undefined;
}) {
  const client = useClient();
  const [timeline, setTimeline] = useState<ContactTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    client.stats
      .timeline({ journeyId, contactId })
      .then((found) => current && setTimeline(found))
      .catch((failure: Error) => current && setError(failure.message));
    return () => {
      current = false;
    };
  }, [client, journeyId, contactId]);

  async function exportJson() {
    const file = await client.stats.exportTimeline({ journeyId, contactId });
    downloadText(file.fileName, file.content, file.mediaType);
  }

  return (
    <section className="statistics-section" aria-label={`Timeline of ${contactId}`}>
      <header className="statistics-section-header">
        <button
          type="button"
          className="button"
          onClick={() => openViewer(fromNodeId ? { type: 'step', nodeId: fromNodeId } : null)}
        >
          ← Back
        </button>
        <h3>Timeline of {contactId}</h3>
        <button type="button" className="button" onClick={() => void exportJson()}>
          Export JSON
        </button>
      </header>
      {error && <p role="alert">{error}</p>}
      {timeline?.runs.length === 0 && <p className="muted">This contact has not entered the journey.</p>}
      {timeline?.runs.map((run) => (
        <article key={run.runId} className="statistics-timeline-run">
          <h4>
            Run {run.runId} · v{run.version} · {run.status === 'ended' ? (run.outcome ?? 'ended') : 'in flight'}
          </h4>
          <ol className="statistics-timeline">
            {run.items.map((item, index) => (
              <li key={index} className={`timeline-${item.type}`}>
                <time dateTime={item.at}>{new Date(item.at).toLocaleString()}</time>
                <span>{line(item)}</span>
              </li>
            ))}
          </ol>
        </article>
      ))}
    </section>
  );
}
