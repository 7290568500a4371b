import { useId, useState } from 'react';
import {
  OPTIONAL_PARAMETERS,
  PARAMETER_LABELS,
  PARAMETER_PROPERTIES,
  ParameterSettingsSchema,
  type OptionalParameter,
  type ParameterSettings,
} from '../../../shared/guided/parameter-settings';
import { formatZodIssues } from '../../../shared/model/format-zod-issues';
import type { GuidedSettings } from '../guided/use-guided-settings';
import { messageOf } from '../store/message-of';
import { useAppStore } from '../store/app-store';

type Texts = Record<OptionalParameter, string>;

function textsOf(settings: ParameterSettings): Texts {
  return {
    languages: settings.languages.values.join(', '),
    courierAccounts: settings.courierAccounts.values.join(', '),
    orderTypes: settings.orderTypes.values.join(', '),
  };
}

function valuesOf(text: string): string[] {
  return text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

/**
 * Settings → Parameters: the routing parameters journeys can be narrowed by, besides the
 * mandatory persona and movement type, and the values this installation uses.
 */
export function ParametersSection({ settings }: { settings: GuidedSettings }) {
  const headingId = useId();
  const notify = useAppStore((s) => s.notify);
  const [enabled, setEnabled] = useState(() => settings.parameters);
  const [texts, setTexts] = useState<Texts>(() => textsOf(settings.parameters));
  const [errors, setErrors] = useState<string[]>([]);

  async function save() {
    const candidate = Object.fromEntries(
      OPTIONAL_PARAMETERS.map((name) => [name, { enabled: enabled[name].enabled, values: valuesOf(texts[name]) }]),
    );
    const parsed = ParameterSettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(formatZodIssues(parsed.error).map((issue) => `${labelOfPath(issue.path)}: ${issue.message}`));
      return;
    }
    try {
      await settings.saveParameters(parsed.data);
      setErrors([]);
      notify('info', 'Parameters saved.');
    } catch (failure) {
      setErrors([messageOf(failure)]);
    }
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Parameters</h2>
      <p className="muted">
        Every journey is for one user persona (Customer or Seller) and one movement type (Forward or Reverse). The
        parameters below narrow it further when they are enabled: an order event carries them as properties (
        {OPTIONAL_PARAMETERS.map((name) => `"${PARAMETER_PROPERTIES[name]}"`).join(', ')}) and a journey only starts on
        events whose values it lists.
      </p>
      {OPTIONAL_PARAMETERS.map((name) => (
        <fieldset key={name} className="parameter-row">
          <legend>{PARAMETER_LABELS[name]}</legend>
          <label>
            <input
              type="checkbox"
              checked={enabled[name].enabled}
              onChange={(event) =>
                setEnabled({ ...enabled, [name]: { ...enabled[name], enabled: event.target.checked } })
              }
            />
            Enabled
          </label>
          <label className="field">
            <span className="field-label">{PARAMETER_LABELS[name]} values (comma-separated)</span>
            <input
              value={texts[name]}
              spellCheck={false}
              onChange={(event) => setTexts({ ...texts, [name]: event.target.value })}
            />
          </label>
        </fieldset>
      ))}
      {errors.length > 0 && (
        <ul role="alert" className="field-error">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="button primary" onClick={() => void save()}>
          Save parameters
        </button>
      </div>
    </section>
  );
}

/** "languages.values[1]" → "Language, value 2". */
function labelOfPath(path: string): string {
  const match = /^(\w+)\.values(?:\[(\d+)\])?/.exec(path);
  if (!match) return path;
  const label = PARAMETER_LABELS[match[1] as OptionalParameter] ?? match[1];
  return match[2] === undefined ? label : `${label}, value ${Number(match[2]) + 1}`;
}
