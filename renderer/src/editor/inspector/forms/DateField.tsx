import { FieldFrame, useFieldIds, type FieldChrome } from '../fields/field-frame';

export interface DateFieldProps extends FieldChrome {
  /** YYYY-MM-DD, or '' when none is chosen. */
  value: string;
  onChange(value: string): void;
}

/**
 * A calendar date. Date-time fields use it too: a rule value naming a whole day means that UTC day,
 * which is what a marketer means by "created before 1 May".
 */
export function DateField({ label, error, hint, disabled, path, value, onChange }: DateFieldProps) {
  const ids = useFieldIds({ error, hint });
  // A value typed elsewhere ("2024-05-01T09:30:00Z") still shows its day.
  const shown = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? '';
  return (
    <FieldFrame ids={ids} label={label} error={error} hint={hint} path={path}>
      <input
        id={ids.id}
        type="date"
        value={shown}
        disabled={disabled}
        aria-invalid={ids.invalid}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}
