import { useId, useState, type KeyboardEvent } from 'react';
import type { CatalogueEvent } from '../../../../../shared/guided/catalogue';
import {
  entryMatchRules,
  orderEventChoices,
  type ChosenOrderEvent,
} from '../../../../../shared/guided/order-event-entry';
import { hrefFor } from '../../../app/route';
import { useGuidedSettings } from '../../../guided/use-guided-settings';
import { useAppStore } from '../../../store/app-store';
import { FieldFrame, useFieldIds } from '../fields/field-frame';

const NONE = '';

interface OrderEventPickerProps {
  eventKey: string | null;
  error: string | undefined;
  onChoose(event: { packageId: string; eventKey: string } | null): void;
}

const optionText = (event: CatalogueEvent) => `${event.label} (${event.key})`;

/** The chosen event's option, kept in the list when the search hides it or the catalogue no longer offers it. */
function chosenOptionText(chosen: Exclude<ChosenOrderEvent, { state: 'none' }>): string {
  if (chosen.state === 'offered') return optionText(chosen.event);
  if (chosen.state === 'disabled') return `${optionText(chosen.event)}, package switched off`;
  return `${chosen.eventKey}, not in any package`;
}

/**
 * The order event an entry starts on, picked from the catalogue: events of the enabled packages,
 * grouped by package in lifecycle order, narrowed by a search over label, key and description
 * (Enter picks the only match). Below it, what an arriving event must carry to match.
 */
export function OrderEventPicker({ eventKey, error, onChoose }: OrderEventPickerProps) {
  const settings = useGuidedSettings();
  const journeySettings = useAppStore((s) => s.journey?.settings ?? null);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const countId = useId();
  const choices = orderEventChoices(settings.packages, query, eventKey);
  const { chosen } = choices;
  const ids = useFieldIds({ error, hint: undefined });
  const byKey = new Map(choices.groups.flatMap((group) => group.events.map((event) => [event.key, event])));
  const chosenShown = chosen.state === 'offered' && byKey.has(chosen.event.key);

  function choose(key: string) {
    if (key === NONE) return onChoose(null);
    const event = byKey.get(key) ?? (chosen.state !== 'none' && chosen.state !== 'unknown' ? chosen.event : null);
    if (event !== null && event !== undefined) onChoose({ packageId: event.packageId, eventKey: event.key });
  }

  function onSearchKey(keyEvent: KeyboardEvent<HTMLInputElement>) {
    const only = choices.shown === 1 ? choices.groups[0]?.events[0] : undefined;
    if (keyEvent.key !== 'Enter' || only === undefined) return;
    keyEvent.preventDefault();
    choose(only.key);
  }

  if (settings.state === 'loading') return <p className="muted">Loading the event catalogue…</p>;
  return (
    <div className="order-event-picker">
      <div className="field">
        <label htmlFor={searchId} className="field-label">
          Search order events
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder="shipped, NDR, refund…"
          aria-describedby={countId}
          onChange={(change) => setQuery(change.target.value)}
          onKeyDown={onSearchKey}
        />
        <p id={countId} className="field-hint" role="status">
          {searchCount(choices.shown, choices.total, query)}
        </p>
      </div>
      <FieldFrame ids={ids} label="Order event" error={error} path="audience.eventKey">
        <select
          id={ids.id}
          value={eventKey ?? NONE}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          onChange={(change) => choose(change.target.value)}
        >
          <option value={NONE}>Choose an event…</option>
          {chosen.state !== 'none' && !chosenShown && (
            <option value={chosen.state === 'unknown' ? chosen.eventKey : chosen.event.key}>
              {chosenOptionText(chosen)}
            </option>
          )}
          {choices.groups.map((group) => (
            <optgroup key={group.packageId} label={group.packageLabel}>
              {group.events.map((event) => (
                <option key={event.key} value={event.key}>
                  {optionText(event)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </FieldFrame>
      {settings.state === 'error' && (
        <p className="field-error">
          The package settings could not be read ({settings.error}); built-in packages shown.
        </p>
      )}
      <ChosenEventNote chosen={chosen} />
      {journeySettings && (
        <section className="entry-match-rules" aria-label="Matches on">
          <h3 className="field-label">Matches on</h3>
          <dl>
            {entryMatchRules(eventKey, journeySettings).map((rule) => (
              <div key={rule.property}>
                <dt>
                  {rule.label} <code>{rule.property}</code>
                </dt>
                <dd>{rule.rule}</dd>
              </div>
            ))}
          </dl>
          <p className="field-hint">
            Persona, movement type and the parameters are the journey&apos;s: change them in Journey settings → Routing
            (click an empty spot of the canvas).
          </p>
        </section>
      )}
    </div>
  );
}

function searchCount(shown: number, total: number, query: string): string {
  if (total === 0) return 'No package is enabled: enable one in Settings → Packages.';
  if (query.trim() === '') return `${total} events in the enabled packages, in lifecycle order.`;
  if (shown === 0) return `No event matches “${query.trim()}”.`;
  return shown === 1 ? `1 of ${total} events matches: press Enter to choose it.` : `${shown} of ${total} events match.`;
}

function ChosenEventNote({ chosen }: { chosen: ChosenOrderEvent }) {
  if (chosen.state === 'none') return null;
  if (chosen.state === 'unknown')
    return (
      <p className="field-hint">
        No package has the event <code>{chosen.eventKey}</code>: the journey still starts on an event of that name.{' '}
        <a href={hrefFor({ page: 'settings' })}>Add it in Settings → Packages</a> to give templates its sample data.
      </p>
    );
  const { event } = chosen;
  const fields = Object.keys(event.samplePayload);
  return (
    <div className="field-hint chosen-order-event">
      {chosen.state === 'disabled' && (
        <p>
          Its package “{event.packageLabel}” is switched off: the journey still starts on it, but Guided Mode no longer
          offers it. <a href={hrefFor({ page: 'settings' })}>Settings → Packages</a>
        </p>
      )}
      <p>
        {event.packageLabel}: {event.description}
      </p>
      {fields.length > 0 && (
        <p>
          Templates can use{' '}
          {fields.map((field, index) => (
            <span key={field}>
              {index > 0 && ', '}
              <code>{`{{ event.${field} }}`}</code>
            </span>
          ))}
          .
        </p>
      )}
    </div>
  );
}
