import { useEffect, useMemo, useState } from 'react';
import type { SimulatedContact, SimulatedStep, SimulationResult } from '../../../../shared/contract/index';
import { count } from '../statistics/format';
import { pathPositions } from './path-positions';
import { SimulatedMessageDialog } from './SimulatedMessageDialog';
import { lightSteps, showPaths, tryItStore, useTryIt } from './try-it-store';
import { useLeftOutTimeline } from './use-left-out-timeline';

/** How long each step stays the current one while a path plays. */
const STEP_ANIMATION_MS = 450;

function ending(contact: SimulatedContact): string {
  if (!contact.entered) return 'did not enter';
  return contact.outcome ?? 'still in the journey';
}

/** Plays the shown path one step at a time while `playing` is on. */
function usePathAnimation() {
  const playing = useTryIt((s) => s.playing);
  const lit = useTryIt((s) => s.lit);
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => lightSteps(tryItStore.getState().lit + 1, true), STEP_ANIMATION_MS);
    return () => clearTimeout(timer);
  }, [playing, lit]);
}

function stepText(step: SimulatedStep): string {
  if (step.kind === 'event') return `Event ${step.label}`;
  if (step.kind === 'message') return `${step.message!.channel} to ${step.message!.recipient}`;
  return step.reason;
}

/** Whose path the canvas shows, its playback, and the profile's timeline; or how many took each path. */
export function TryItResults({ result }: { result: SimulationResult }) {
  usePathAnimation();
  const shown = useTryIt((s) => s.shown);
  const lit = useTryIt((s) => s.lit);
  const playing = useTryIt((s) => s.playing);
  const [opened, setOpened] = useState<SimulatedStep | null>(null);
  const contact = shown.type === 'contact' ? result.contacts[shown.index] : undefined;
  const positions = useMemo(() => (contact ? pathPositions(contact) : []), [contact]);
  const timelineFetch = useLeftOutTimeline(result, contact);

  return (
    <section className="try-it-results" aria-label="Try it results">
      <div className="try-it-row">
        <label className="try-it-row">
          <span>Show</span>
          <select
            aria-label="Show the path of"
            value={shown.type === 'all' ? 'all' : String(shown.index)}
            onChange={(event) =>
              showPaths(
                event.target.value === 'all' ? { type: 'all' } : { type: 'contact', index: Number(event.target.value) },
              )
            }
          >
            {result.contacts.map((candidate, index) => (
              <option key={candidate.customerId} value={index}>
                {candidate.customerId} ({ending(candidate)})
              </option>
            ))}
            {result.contacts.length > 1 && <option value="all">All {count(result.contacts.length)} profiles</option>}
          </select>
        </label>
      </div>
      {contact && (
        <>
          <div className="try-it-row" role="group" aria-label="Playback">
            <button type="button" className="button small" onClick={() => lightSteps(lit - 1)} disabled={lit <= 1}>
              ◀ Step
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => lightSteps(lit + 1)}
              disabled={lit >= contact.path.length}
            >
              Step ▶
            </button>
            <button type="button" className="button small" onClick={() => lightSteps(1, true)} disabled={playing}>
              {playing ? 'Playing…' : 'Replay'}
            </button>
            <span className="muted" aria-live="polite">
              Step {lit} of {contact.path.length}
            </span>
          </div>
          <p className="try-it-summary">
            {contact.customerId} · {contact.timeZone} · {ending(contact)}
          </p>
          {contact.timelineLeftOut &&
            (timelineFetch.state === 'failed' ? (
              <p role="alert">
                The timeline of {contact.customerId} could not be fetched: {timelineFetch.message}
              </p>
            ) : (
              <p className="muted" role="status">
                Fetching the timeline of {contact.customerId}…
              </p>
            ))}
          <ol className="try-it-timeline" aria-label={`Timeline of ${contact.customerId}`}>
            {contact.steps.map((step, index) => (
              <li key={index} className={`timeline-${step.kind}${positions[index] === lit ? ' current' : ''}`}>
                <time dateTime={step.at}>{step.localTime.replace(/ \(.*\)$/, '')}</time>
                {positions[index] === null || positions[index] === undefined ? (
                  <span className="try-it-step-label">{step.kind === 'event' ? '' : step.label}</span>
                ) : (
                  <button
                    type="button"
                    className="link-button try-it-step-label"
                    title="Show this step on the canvas"
                    onClick={() => lightSteps(positions[index]!)}
                  >
                    {step.label}
                  </button>
                )}
                <span className="try-it-reason">{stepText(step)}</span>
                {step.message && (
                  <button type="button" className="button small" onClick={() => setOpened(step)}>
                    Open message
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {shown.type === 'all' && (
        <section aria-label="Paths taken">
          <h3>Paths taken</h3>
          <ol className="try-it-paths">
            {result.paths.map((path) => (
              <li key={path.path.join('\u0000')}>
                <b>{count(path.count)}</b> {path.labels.join(' → ')}
              </li>
            ))}
          </ol>
          {result.contacts.some((candidate) => !candidate.entered) && (
            <p className="muted">
              {count(result.contacts.filter((candidate) => !candidate.entered).length)} did not enter.
            </p>
          )}
        </section>
      )}
      {opened && contact && (
        <SimulatedMessageDialog step={opened} customerId={contact.customerId} onClose={() => setOpened(null)} />
      )}
    </section>
  );
}
