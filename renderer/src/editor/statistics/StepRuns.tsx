import { useEffect, useState } from 'react';
import type { RunSummary } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { openViewer, useStatistics } from './statistics-store';

const PAGE = 50;

function when(iso: string | null): string {
  return iso === null ? '–' : new Date(iso).toLocaleString();
}

/** The contacts on one step (in flight, or every run whose last step it was), a page at a time. */
export function StepRuns({ journeyId, nodeId }: { journeyId: string; nodeId: string }) {
  const client = useClient();
  const version = useStatistics((s) => s.loaded?.version ?? undefined);
  const step = useStatistics((s) => s.steps[nodeId]);
  const [state, setState] = useState<'inFlight' | 'all'>('inFlight');
  const [runs, setRuns] = useState<RunSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The step's numbers changing (a poll) asks for the first page again.
  const entered = step?.entered;
  const inFlight = step?.inFlight;
  useEffect(() => {
    let current = true;
    client.stats
      .runs({ journeyId, nodeId, state, limit: PAGE, ...(version ? { version } : {}) })
      .then((page) => {
        if (!current) return;
        setRuns(page.items);
        setCursor(page.nextCursor);
        setError(null);
      })
      .catch((failure: Error) => current && setError(failure.message));
    return () => {
      current = false;
    };
  }, [client, journeyId, nodeId, state, version, entered, inFlight]);

  async function more() {
    if (cursor === null) return;
    const page = await client.stats.runs({
      journeyId,
      nodeId,
      state,
      limit: PAGE,
      cursor,
      ...(version ? { version } : {}),
    });
    setRuns((before) => [...before, ...page.items]);
    setCursor(page.nextCursor);
  }

  return (
    <section className="statistics-section" aria-label={`Contacts at ${step?.label ?? nodeId}`}>
      <header className="statistics-section-header">
        <button type="button" className="button" onClick={() => openViewer(null)}>
          ← Charts
        </button>
        <h3>Contacts at {step?.label ?? nodeId}</h3>
      </header>
      <label className="statistics-filter">
        <input
          type="checkbox"
          checked={state === 'all'}
          onChange={(e) => setState(e.target.checked ? 'all' : 'inFlight')}
        />
        Include contacts whose run ended here
      </label>
      {error && <p role="alert">{error}</p>}
      {runs.length === 0 && !error && (
        <p className="muted">No contact {state === 'inFlight' ? 'is on this step now' : 'reached this step'}.</p>
      )}
      <table className="statistics-runs">
        <thead>
          <tr>
            <th scope="col">Contact</th>
            <th scope="col">Current step</th>
            <th scope="col">Next wake-up</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.runId}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => openViewer({ type: 'contact', contactId: run.contactId, fromNodeId: nodeId })}
                >
                  {run.contactId}
                </button>
              </td>
              <td>
                {run.status === 'ended'
                  ? `${run.stepLabel ?? run.nodeId} (${run.outcome ?? 'ended'})`
                  : (run.stepLabel ?? run.nodeId)}
              </td>
              <td>
                {when(run.nextWakeAt)}
                {run.wakePurpose ? ` (${run.wakePurpose})` : ''}
                {run.waitingFor ? ` · waiting for ${run.waitingFor}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {cursor !== null && (
        <button type="button" className="button" onClick={() => void more()}>
          More contacts
        </button>
      )}
    </section>
  );
}
