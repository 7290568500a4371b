import { useState } from 'react';
import { fieldKeyOf } from '../../../../../shared/audience/index';
import type { FieldListing } from '../../../store/audience-slice';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';

const NONE = '';
const OTHER_PATH = '__path';

export interface RuleFieldPickerProps {
  reference: string;
  fields: readonly FieldListing[];
  /** "profile": customer fields, with a free path as a way out; "event": a free path only. */
  source: 'profile' | 'event';
  placeholder?: string;
  error?: string | undefined;
  onPick(reference: string, field: FieldListing | undefined): void;
  onType(reference: string): void;
}

/**
 * Which field a rule reads. Customer fields are picked from a list so the rule gets the field's
 * operators and inputs; event and order data (event.total, order.status) have no declared fields,
 * so those are typed as a path.
 */
export function RuleFieldPicker({
  reference,
  fields,
  source,
  placeholder,
  error,
  onPick,
  onType,
}: RuleFieldPickerProps) {
  const known = fields.find((field) => field.key === fieldKeyOf(reference));
  // "Other path" must stick while its text box is still empty, so it is remembered here.
  const [typingPath, setTypingPath] = useState(reference !== '' && known === undefined);
  if (source === 'event') {
    return (
      <TextField
        label="Field"
        path="field"
        value={reference}
        placeholder={placeholder ?? 'event.total'}
        spellCheck={false}
        error={error}
        onChange={onType}
      />
    );
  }
  const pathMode = known === undefined && (typingPath || reference !== '');
  const options = [
    { value: NONE, label: 'Choose a field…' },
    ...fields.map((field) => ({ value: field.key, label: `${field.label} (${field.key})` })),
    { value: OTHER_PATH, label: 'Other (event or order data)…' },
  ];
  return (
    <>
      <SelectField<string>
        label="Field"
        // While a path is typed, the text box below is the field's control.
        path={pathMode ? undefined : 'field'}
        value={known ? known.key : pathMode ? OTHER_PATH : NONE}
        options={options}
        error={pathMode ? undefined : error}
        onChange={(choice) => {
          setTypingPath(choice === OTHER_PATH);
          if (choice === OTHER_PATH || choice === NONE) onPick('', undefined);
          else
            onPick(
              choice,
              fields.find((field) => field.key === choice),
            );
        }}
      />
      {pathMode && (
        <TextField
          label="Path"
          path="field"
          value={reference}
          placeholder={placeholder ?? 'order.status'}
          spellCheck={false}
          error={error}
          onChange={onType}
        />
      )}
    </>
  );
}
