import type { ReactNode } from 'react';
import { FieldFrame, useFieldIds, type FieldChrome } from './field-frame';
import { numberCodec } from './number-text';
import { useEditableText } from './use-editable-text';

export interface NumberFieldProps extends FieldChrome {
  /** NaN while the input is empty or not a number. */
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
  step?: number | 'any';
  /** A unit shown after the input, e.g. "%". */
  suffix?: ReactNode;
}

export function NumberField({
  label,
  error,
  hint,
  disabled,
  path,
  value,
  onChange,
  min,
  max,
  step,
  suffix,
}: NumberFieldProps) {
  const ids = useFieldIds({ error, hint });
  const [text, setText] = useEditableText(value, numberCodec);
  return (
    <FieldFrame ids={ids} label={label} error={error} hint={hint} path={path}>
      <span className="field-inline">
        <input
          id={ids.id}
          type="number"
          value={text}
          min={min}
          max={max}
          step={step}
          disabled={disabled}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          onChange={(event) => {
            setText(event.target.value);
            onChange(numberCodec.parse(event.target.value));
          }}
        />
        {suffix !== undefined && <span className="field-suffix">{suffix}</span>}
      </span>
    </FieldFrame>
  );
}
