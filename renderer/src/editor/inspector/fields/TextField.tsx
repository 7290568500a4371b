import type { HTMLAttributes } from 'react';
import { FieldFrame, useFieldIds, type FieldChrome } from './field-frame';

export interface TextFieldProps extends FieldChrome {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'time' | 'datetime-local' | 'url';
  placeholder?: string;
  /** The id of a <datalist> of suggestions. */
  list?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  maxLength?: number;
}

export function TextField({
  label,
  error,
  hint,
  disabled,
  path,
  value,
  onChange,
  type = 'text',
  placeholder,
  list,
  inputMode,
  spellCheck,
  maxLength,
}: TextFieldProps) {
  const ids = useFieldIds({ error, hint });
  return (
    <FieldFrame ids={ids} label={label} error={error} hint={hint} path={path}>
      <input
        id={ids.id}
        type={type}
        value={value}
        placeholder={placeholder}
        list={list}
        inputMode={inputMode}
        spellCheck={spellCheck}
        maxLength={maxLength}
        disabled={disabled}
        aria-invalid={ids.invalid}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}
