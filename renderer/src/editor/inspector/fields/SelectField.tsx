import { FieldFrame, useFieldIds, type FieldChrome } from './field-frame';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps<T extends string> extends FieldChrome {
  value: T;
  options: readonly SelectOption<T>[];
  onChange(value: T): void;
}

export function SelectField<T extends string>({
  label,
  error,
  hint,
  disabled,
  path,
  value,
  options,
  onChange,
}: SelectFieldProps<T>) {
  const ids = useFieldIds({ error, hint });
  return (
    <FieldFrame ids={ids} label={label} error={error} hint={hint} path={path}>
      <select
        id={ids.id}
        value={value}
        disabled={disabled}
        aria-invalid={ids.invalid}
        aria-describedby={ids.describedBy}
        // The options are ours, so the chosen value is always one of T.
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
