import { useId } from 'react';
import { setSetup, useTryIt, type ScriptRow } from './try-it-store';

/** Words for the events a journey reacts to, in the event list. */
const EVENT_HINTS: Record<string, string> = {
  'message.clicked': 'clicks the latest message',
  'message.opened': 'opens the latest message',
  'message.delivered': 'the latest message is delivered',
};

/**
 * The script of later events, each some time after the contact's entry: "clicks the email after
 * 2 h", "purchases after 3 days". An empty script is "nothing happens".
 */
export function ScriptEditor({ events }: { events: readonly string[] }) {
  const ids = useId();
  const script = useTryIt((s) => s.script);
  const change = (next: ScriptRow[]) => setSetup({ script: next });
  const setRow = (index: number, row: ScriptRow) => change(script.map((current, at) => (at === index ? row : current)));
  return (
    <fieldset className="try-it-group">
      <legend>Then</legend>
      {script.length === 0 && <p className="muted">Nothing happens after the entry.</p>}
      <ol className="try-it-script" aria-label="Later events">
        {script.map((row, index) => (
          <li key={index} className="try-it-script-row">
            <div className="try-it-row">
              <span>After</span>
              <input
                className="try-it-after"
                aria-label={`Event ${index + 1} after`}
                placeholder="2h"
                value={row.after}
                onChange={(event) => setRow(index, { ...row, after: event.target.value })}
              />
              <input
                aria-label={`Event ${index + 1} name`}
                placeholder="Event name"
                list={`${ids}-events`}
                value={row.name}
                onChange={(event) => setRow(index, { ...row, name: event.target.value })}
              />
              <button
                type="button"
                className="button small"
                aria-label={`Remove event ${index + 1}`}
                onClick={() => change(script.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </div>
            <input
              aria-label={`Event ${index + 1} properties`}
              placeholder='Properties (JSON), e.g. {"amount": 40}'
              value={row.properties}
              onChange={(event) => setRow(index, { ...row, properties: event.target.value })}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button small"
        onClick={() =>
          change([
            ...script,
            { after: '2h', name: events.includes('message.clicked') ? 'message.clicked' : '', properties: '' },
          ])
        }
      >
        + Event
      </button>
      <datalist id={`${ids}-events`}>
        {events.map((name) => (
          <option key={name} value={name}>
            {EVENT_HINTS[name] ?? name}
          </option>
        ))}
      </datalist>
    </fieldset>
  );
}
