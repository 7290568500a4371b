import { formatCommaList, parseCommaList } from '../comma-list';
import { commaListCodec } from './comma-list-text';
import { FieldFrame, useFieldIds, type FieldChrome } from './field-frame';
import { useEditableText } from './use-editable-text';

export interface CommaListFieldProps extends FieldChrome {
  value: readonly string[];
  onChange(value: string[]): void;
  placeholder?: string;
}

/** A list typed as "a, b, c" in one input: enough for codes and names that never hold commas. */
export function CommaListField({
  label,
  error,
  hint = 'Separate entries with commas.',
  disabled,
  path,
  value,
  onChange,
  placeholder,
}: CommaListFieldProps) {
  const ids = useFieldIds({ error, hint });
  const [text, setText] = useEditableText(value, commaListCodec);
  return (
    <FieldFrame ids={ids} label={label} error={error} hint={hint} path={path}>
      <input
        id={ids.id}
        type="text"
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        spellCheck={false}
        aria-invalid={ids.invalid}
        aria-describedby={ids.describedBy}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parseCommaList(event.target.value));
        }}
        // Once the user is done with the field, "en,,fr " reads back as "en, fr".
        onBlur={() => setText(formatCommaList(value))}
      />
    </FieldFrame>
  );
}
