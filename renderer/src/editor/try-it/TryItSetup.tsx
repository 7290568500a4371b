import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../../../shared/contract/index';
import { entryEventName, eventsJourneyReactsTo } from '../../../../shared/journey/journey-events';
import { useClient } from '../../api/client-context';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { ProfilePicker } from './ProfilePicker';
import { readableProblem, runInputOf } from './run-input';
import { ScriptEditor } from './ScriptEditor';
import { setSetup, showResult, tryItStore, useTryIt } from './try-it-store';
import { useEntrySample } from './use-entry-sample';

interface Problem {
  message: string;
  /** The journey's errors, one line each, when it cannot be tried. */
  details: string[];
}

function problemOf(error: unknown): Problem {
  const message = readableProblem(messageOf(error));
  if (error instanceof ApiError && error.code === 'INVALID_JOURNEY')
    return { message, details: (error.issues ?? []).map((issue) => issue.message) };
  return { message, details: [] };
}

/** Who, what they do and for how long; Run simulates the journey as it is saved, after saving pending edits. */
export function TryItSetup({ journeyId }: { journeyId: string }) {
  const client = useClient();
  const store = useAppStoreApi();
  const journey = useAppStore((s) => s.journey);
  const entryProperties = useTryIt((s) => s.entryProperties);
  const days = useTryIt((s) => s.days);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const entryEvent = useMemo(() => (journey ? entryEventName(journey) : null), [journey]);
  const events = useMemo(() => (journey ? eventsJourneyReactsTo(journey) : []), [journey]);
  const entrySample = useEntrySample(journey);
  // An order event starts from its package's sample, unless properties were typed already.
  useEffect(() => {
    if (entrySample !== null && tryItStore.getState().entryProperties.trim() === '{}')
      setSetup({ entryProperties: entrySample });
  }, [entrySample]);

  async function run(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const { profiles, script } = tryItStore.getState();
    const built = runInputOf({ journeyId, profiles, entryEvent, entryProperties, script, days });
    if (!built.ok) {
      setProblem({ message: built.message, details: [] });
      return;
    }
    setBusy(true);
    try {
      // The service runs the journey as stored: what is on the canvas must be saved first.
      await store.getState().settleSaves();
      showResult(await client.simulation.run(built.input), built.input);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="try-it-setup" onSubmit={(event) => void run(event)} aria-label="Try it setup">
      <ProfilePicker />
      {entryEvent !== null && (
        <fieldset className="try-it-group">
          <legend>Enters on {entryEvent}</legend>
          <label className="try-it-field">
            <span>Event properties (JSON)</span>
            <textarea
              aria-label="Entry event properties"
              rows={entrySample === null ? 2 : 6}
              value={entryProperties}
              onChange={(change) => setSetup({ entryProperties: change.target.value })}
            />
          </label>
        </fieldset>
      )}
      <ScriptEditor events={events} />
      <div className="try-it-row">
        <label className="try-it-row">
          <span>Run for</span>
          <input
            className="try-it-days"
            aria-label="Days to simulate"
            inputMode="numeric"
            value={days}
            onChange={(change) => setSetup({ days: change.target.value })}
          />
          <span>days</span>
        </label>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Running…' : 'Run'}
        </button>
      </div>
      {problem && (
        <div role="alert" className="error-panel try-it-problem">
          <p>{problem.message}</p>
          {problem.details.length > 1 && (
            <ul>
              {problem.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
