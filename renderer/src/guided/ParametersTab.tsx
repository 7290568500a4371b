import {
  PARAMETER_LABELS,
  enabledParameters,
  type OptionalParameter,
  type ParameterSettings,
} from '../../../shared/guided/parameter-settings';
import type { GuidedWizardState } from '../../../shared/guided/wizard-state';
import type { MOVEMENT_TYPES, PERSONAS } from '../../../shared/model/journey-settings';

interface ParametersTabProps {
  state: GuidedWizardState;
  settings: ParameterSettings;
  onChange(next: GuidedWizardState): void;
}

/** Movement type and persona, and the optional parameters enabled in Settings → Parameters. */
export function ParametersTab({ state, settings, onChange }: ParametersTabProps) {
  const toggle = (name: OptionalParameter, value: string, on: boolean) => {
    const values = state.parameters[name].filter((other) => other !== value);
    onChange({ ...state, parameters: { ...state.parameters, [name]: on ? [...values, value] : values } });
  };
  const enabled = enabledParameters(settings);
  return (
    <div className="parameters-tab">
      <label className="inline-field">
        <span>Movement type</span>
        <select
          value={state.movementType ?? 'forward'}
          onChange={(event) =>
            onChange({ ...state, movementType: event.target.value as (typeof MOVEMENT_TYPES)[number] })
          }
        >
          <option value="forward">Forward</option>
          <option value="reverse">Reverse</option>
        </select>
      </label>
      <label className="inline-field">
        <span>User persona</span>
        <select
          value={state.persona ?? 'customer'}
          onChange={(event) => onChange({ ...state, persona: event.target.value as (typeof PERSONAS)[number] })}
        >
          <option value="customer">Customer</option>
          <option value="seller">Seller</option>
        </select>
      </label>
      {enabled.map((name) => (
        <fieldset key={name} className="guided-choice">
          <legend>
            {PARAMETER_LABELS[name]} <span className="muted">(none ticked: any)</span>
          </legend>
          {settings[name].values.map((value) => (
            <label key={value} className="choice-tile">
              <input
                type="checkbox"
                checked={state.parameters[name].includes(value)}
                onChange={(event) => toggle(name, value, event.target.checked)}
              />
              {value}
            </label>
          ))}
        </fieldset>
      ))}
      {enabled.length < 3 && (
        <p className="muted">
          Other parameters (language, courier account, order type) appear here once enabled with values in Settings →
          Parameters.
        </p>
      )}
    </div>
  );
}
