import { DURATION_UNITS, type Duration } from '../../../../../shared/model/index';
import { FieldError, FieldHint, useFieldIds, type FieldChrome } from './field-frame';
import { numberCodec } from './number-text';
import { useEditableText } from './use-editable-text';

const UNIT_LABELS: Readonly<Record<Duration['unit'], string>> = {
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  weeks: 'weeks',
};

export interface DurationFieldProps extends FieldChrome {
  value: Duration;
  /** The unit was chosen: a discrete change. */
  onChange(value: Duration): void;
  /** The amount was typed: part of a typing burst. */
  onType(value: Duration): void;
}

/** Amount and unit side by side; the label names the amount, "<label> unit" names the unit select. */
export function DurationField({ label, error, hint, disabled, path, value, onChange, onType }: DurationFieldProps) {
  const ids = useFieldIds({ error, hint });
  const unitId = `${ids.id}-unit`;
  const [text, setText] = useEditableText(value.amount, numberCodec);
  return (
    <div className="field" data-path={path}>
      <label htmlFor={ids.id} className="field-label">
        {label}
      </label>
      <span className="duration-inputs">
        <input
          id={ids.id}
          type="number"
          min={0}
          step={1}
          value={text}
          disabled={disabled}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          onChange={(event) => {
            setText(event.target.value);
            onType({ ...value, amount: numberCodec.parse(event.target.value) });
          }}
        />
        <label htmlFor={unitId} className="visually-hidden">
          {label} unit
        </label>
        <select
          id={unitId}
          value={value.unit}
          disabled={disabled}
          onChange={(event) => onChange({ ...value, unit: event.target.value as Duration['unit'] })}
        >
          {DURATION_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {UNIT_LABELS[unit]}
            </option>
          ))}
        </select>
      </span>
      <FieldHint ids={ids} hint={hint} />
      <FieldError ids={ids} error={error} />
    </div>
  );
}
