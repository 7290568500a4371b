import { useId, useState, type KeyboardEvent } from 'react';
import { eventMatchesSearch, eventsInLifecycleOrder, type CatalogueEvent } from '../../../shared/guided/catalogue';
import type { EventPackage } from '../../../shared/guided/package-schema';
import { hrefFor } from '../app/route';

interface EventsPickerProps {
  packages: readonly EventPackage[];
  selected: ReadonlySet<string>;
  onChange(selected: Set<string>): void;
}

/**
 * The enabled packages, each expandable to its events with selected/total counts and "Select all",
 * and a search across every package; the selection is listed in lifecycle order beside it.
 */
export function EventsPicker({ packages, selected, onChange }: EventsPickerProps) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(packages.slice(0, 1).map((pkg) => pkg.id)));
  const toggle = (keys: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const key of keys)
      if (on) next.add(key);
      else next.delete(key);
    onChange(next);
  };
  const searching = query.trim() !== '';
  const offered = eventsInLifecycleOrder(packages);
  const chosen = offered.filter((event) => selected.has(event.key));
  const matching = searching ? offered.filter((event) => eventMatchesSearch(event, query)) : offered;
  const countId = useId();
  // Enter in the search ticks (or unticks) the one event it leaves, so a known event is picked without the mouse.
  const onSearchKey = (keyEvent: KeyboardEvent<HTMLInputElement>) => {
    const only = matching.length === 1 ? matching[0] : undefined;
    if (keyEvent.key !== 'Enter' || !searching || only === undefined) return;
    keyEvent.preventDefault();
    toggle([only.key], !selected.has(only.key));
  };

  return (
    <div className="events-picker">
      <div className="packages-panel">
        <label className="field" htmlFor={searchId}>
          <span className="field-label">Search events</span>
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search by name, key or description"
          value={query}
          aria-describedby={countId}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
        />
        <p id={countId} className="muted search-count" role="status">
          {searchSummary(matching, selected, searching, query)}
        </p>
        {packages.length === 0 && <p className="muted">No package is enabled.</p>}
        {packages.map((pkg) => {
          const events = eventsInLifecycleOrder([pkg]);
          const shown = searching ? events.filter((event) => eventMatchesSearch(event, query)) : events;
          if (searching && shown.length === 0) return null;
          const count = events.filter((event) => selected.has(event.key)).length;
          const expanded = searching || open.has(pkg.id);
          const allOn = count === events.length;
          return (
            <section key={pkg.id} className="package-group" aria-label={pkg.label}>
              <div className="package-group-header">
                <button
                  type="button"
                  className="package-expander"
                  aria-expanded={expanded}
                  onClick={() => {
                    const next = new Set(open);
                    if (next.has(pkg.id)) next.delete(pkg.id);
                    else next.add(pkg.id);
                    setOpen(next);
                  }}
                >
                  {expanded ? '▾' : '▸'} {pkg.label}
                </button>
                <span className="package-count" aria-label={`${count} of ${events.length} selected`}>
                  {count}/{events.length}
                </span>
                <button
                  type="button"
                  className="button small"
                  onClick={() =>
                    toggle(
                      events.map((event) => event.key),
                      !allOn,
                    )
                  }
                >
                  {allOn ? 'Clear all' : 'Select all'}
                </button>
              </div>
              {expanded && (
                <ul className="package-events">
                  {shown.map((event) => (
                    <EventOption
                      key={event.key}
                      event={event}
                      checked={selected.has(event.key)}
                      onToggle={(on) => toggle([event.key], on)}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
        <p className="muted">
          Only events of enabled packages are offered.{' '}
          <a href={`${hrefFor({ page: 'settings' })}`}>Enable packages in Settings → Packages</a>.
        </p>
      </div>
      <section className="events-preview" aria-label="Preview & customize events">
        <h3>
          Preview & customize events <span className="muted">({chosen.length} selected)</span>
        </h3>
        {chosen.length === 0 ? (
          <p className="muted">Selected events appear here in the order they happen.</p>
        ) : (
          <ol>
            {chosen.map((event) => (
              <li key={event.key}>
                <span>
                  <strong>{event.label}</strong> <code>{event.key}</code>
                </span>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Remove ${event.label}`}
                  onClick={() => toggle([event.key], false)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function EventOption({
  event,
  checked,
  onToggle,
}: {
  event: CatalogueEvent;
  checked: boolean;
  onToggle(on: boolean): void;
}) {
  return (
    <li>
      <label className="event-option">
        <input type="checkbox" checked={checked} onChange={(change) => onToggle(change.target.checked)} />
        <span>
          <span className="event-option-label">{event.label}</span> <code>{event.key}</code>
          <span className="muted event-option-description">{event.description}</span>
        </span>
      </label>
    </li>
  );
}

function searchSummary(
  matching: readonly CatalogueEvent[],
  selected: ReadonlySet<string>,
  searching: boolean,
  query: string,
): string {
  if (!searching) return `${matching.length} events in the enabled packages.`;
  if (matching.length === 0) return `No event matches “${query.trim()}”.`;
  if (matching.length === 1)
    return `1 event matches: press Enter to ${selected.has(matching[0]!.key) ? 'untick' : 'tick'} it.`;
  return `${matching.length} events match.`;
}
