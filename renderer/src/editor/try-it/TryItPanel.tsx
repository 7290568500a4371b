import { useEffect } from 'react';
import { useClient } from '../../api/client-context';
import { TryItResults } from './TryItResults';
import { TryItSetup } from './TryItSetup';
import { closeTryIt, useTryIt } from './try-it-store';
import './try-it.css';

/**
 * The right-hand panel while Try it is open: who to simulate and what they do, then the path each
 * took (on the canvas) and their timelines. The journey runs on a simulated clock in a scratch
 * database: nothing is sent, counted or stored.
 */
export function TryItPanel({ journeyId }: { journeyId: string }) {
  const result = useTryIt((s) => s.result);
  const client = useClient();
  // While the profiles are picked, the host starts its email renderer: the first Run need not wait for it.
  useEffect(() => {
    client.simulation.prepare({ journeyId }).catch(() => {
      // Only a head start: Run reports any problem with the journey itself.
    });
  }, [client, journeyId]);
  return (
    <aside className="inspector try-it-panel" aria-label="Try it">
      <header className="try-it-header">
        <h2>Try it</h2>
        <button type="button" className="button small" onClick={closeTryIt}>
          Close
        </button>
      </header>
      <p className="muted try-it-intro">
        Runs the journey for test profiles on a simulated clock: nothing is sent or counted.
      </p>
      <details className="try-it-setup-section" open={result === null || undefined}>
        <summary>Profiles and events</summary>
        <TryItSetup journeyId={journeyId} />
      </details>
      {result && <TryItResults result={result} />}
    </aside>
  );
}
