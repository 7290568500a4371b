import { FieldError, FieldHint, useFieldIds, type FieldChrome } from './field-frame';

export interface CheckboxFieldProps extends FieldChrome {
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckboxField({ label, error, hint, disabled, path, checked, onChange }: CheckboxFieldProps) {
  const ids = useFieldIds({ error, hint });
  return (
    <div className="field checkbox-field" data-path={path}>
      <span className="checkbox-line">
        <input
          id={ids.id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={ids.id}>{label}</label>
      </span>
      <FieldHint ids={ids} hint={hint} />
      <FieldError ids={ids} error={error} />
    </div>
  );
}
