import { useEffect, useState } from 'react';
import type { Journey } from '../../../shared/model/index';
import { useClient } from '../api/client-context';
import { hrefFor } from '../app/route';
import { messageOf } from '../store/message-of';
import { StatusBadge } from '../ui/StatusBadge';

type Load = { state: 'loading' } | { state: 'ready'; journey: Journey; revision: number } | { state: 'error'; message: string };

/** The editor's frame: loads the journey and shows where the canvas will be drawn. */
export function EditorPage({ journeyId }: { journeyId: string }) {
  const client = useClient();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    // The page is keyed by journey id, so each journey starts in the loading state.
    let live = true;
    client.journeys.get({ id: journeyId }).then(
      ({ journey, revision }) => live && setLoad({ state: 'ready', journey, revision }),
      (error: unknown) => live && setLoad({ state: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, journeyId]);

  return (
    <main className="page editor">
      <header className="page-header">
        <a href={hrefFor({ page: 'dashboard' })} className="button">
          ← Journeys
        </a>
        {load.state === 'ready' && (
          <>
            <h1>{load.journey.name}</h1>
            <StatusBadge status={load.journey.status} />
          </>
        )}
      </header>
      {load.state === 'loading' && <p role="status">Loading journey…</p>}
      {load.state === 'error' && (
        <p role="alert" className="error-panel">
          The journey could not be opened: {load.message}
        </p>
      )}
      {load.state === 'ready' && (
        <section aria-label="Canvas" className="canvas-frame">
          <p className="muted">
            {load.journey.nodes.length} steps · {load.journey.edges.length} connections
          </p>
        </section>
      )}
    </main>
  );
}
