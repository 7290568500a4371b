import { FieldFrame, useFieldIds, type FieldChrome } from './field-frame';

export interface TextAreaProps extends FieldChrome {
  value: string;
  onChange(value: string): void;
  rows?: number;
  placeholder?: string;
  spellCheck?: boolean;
}

export function TextArea({
  label,
  error,
  hint,
  disabled,
  path,
  value,
  onChange,
  rows = 5,
  placeholder,
  spellCheck,
}: TextAreaProps) {
  const ids = useFieldIds({ error, hint });
  return (
    <FieldFrame ids={ids} label={label} error={error} hint={hint} path={path}>
      <textarea
        id={ids.id}
        value={value}
        rows={rows}
        placeholder={placeholder}
        spellCheck={spellCheck}
        disabled={disabled}
        aria-invalid={ids.invalid}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}
