import type { FilterRule } from '../../../../../shared/model/index';
import { useContactLists } from '../../../audience/use-audience-data';
import type { FieldListing } from '../../../store/audience-slice';
import { NOT_A_NUMBER, errorWithin, type FieldErrors } from '../field-errors';
import { rangeOf, valueAsText, valueInputFor, type RuleValueInput } from '../filter-values';
import { CommaListField } from '../fields/CommaListField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { DateField } from './DateField';

export interface RuleValueFieldsProps {
  rule: FilterRule;
  field: FieldListing | undefined;
  errors: FieldErrors;
  onSet(rule: FilterRule): void;
  onType(rule: FilterRule): void;
}

function ContactListSelect({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange(id: string): void;
}) {
  const { lists } = useContactLists();
  const options = [
    { value: '', label: 'Choose a list…' },
    ...lists.map((list) => ({ value: list.id, label: `${list.name} (${list.size.toLocaleString()})` })),
  ];
  // A list deleted since the rule was written still shows, so the rule does not silently change.
  if (value !== '' && !lists.some((list) => list.id === value)) options.push({ value, label: `Missing list ${value}` });
  return (
    <SelectField<string> label="List" path="value" value={value} options={options} error={error} onChange={onChange} />
  );
}

/** The value inputs a rule's operator and field type need: none, one, two (a range), a list, a list picker. */
export function RuleValueFields({ rule, field, errors, onSet, onType }: RuleValueFieldsProps) {
  const input: RuleValueInput = valueInputFor(rule.operator, field?.type);
  const { value } = rule;
  const error = errorWithin(errors, 'value');
  const set = (next: FilterRule['value']) => onSet({ ...rule, value: next });
  const type = (next: FilterRule['value']) => onType({ ...rule, value: next });
  switch (input) {
    case 'none':
      return null;
    case 'text':
      return (
        <TextField
          label="Value"
          path="value"
          value={valueAsText(value)}
          error={error}
          onChange={(text) => type(text)}
        />
      );
    case 'date':
      return (
        <DateField label="Date" path="value" value={valueAsText(value)} error={error} onChange={(text) => set(text)} />
      );
    case 'number':
    case 'days': {
      const numberValue = typeof value === 'number' ? value : Number(value);
      // The model's message for a bad value lists every shape a value may take; a number box needs less.
      const numberError = Number.isNaN(numberValue) ? NOT_A_NUMBER : error;
      return input === 'days' ? (
        <NumberField
          label="Days"
          path="value"
          value={numberValue}
          min={1}
          step={1}
          suffix="days"
          error={numberError}
          onChange={(number) => type(number)}
        />
      ) : (
        <NumberField
          label="Value"
          path="value"
          value={numberValue}
          step="any"
          error={numberError}
          onChange={(number) => type(number)}
        />
      );
    }
    case 'boolean':
      return (
        <SelectField<'true' | 'false'>
          label="Value"
          path="value"
          value={value === false || value === 'false' ? 'false' : 'true'}
          options={[
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ]}
          onChange={(choice) => set(choice === 'true')}
        />
      );
    case 'choice': {
      const current = valueAsText(value);
      const options = [
        { value: '', label: 'Choose an option…' },
        ...(field?.options ?? []).map((option) => ({ value: option, label: option })),
      ];
      if (current !== '' && !options.some((option) => option.value === current))
        options.push({ value: current, label: current });
      return (
        <SelectField<string>
          label="Value"
          path="value"
          value={current}
          options={options}
          error={error}
          onChange={(choice) => set(choice)}
        />
      );
    }
    case 'list': {
      const hint = field?.options ? `Separate entries with commas. Options: ${field.options.join(', ')}.` : undefined;
      return (
        <CommaListField
          label="Values"
          path="value"
          hint={hint}
          value={Array.isArray(value) ? value.map(String) : []}
          error={error}
          onChange={(items) => type(items)}
        />
      );
    }
    case 'range': {
      const [low, high] = rangeOf(value);
      const isDate = field?.type === 'date' || field?.type === 'dateTime';
      const low_ = isDate ? (
        <DateField label="From" value={low} onChange={(text) => set([text, high])} />
      ) : (
        <TextField label="From" value={low} inputMode="decimal" onChange={(text) => type([text, high])} />
      );
      const high_ = isDate ? (
        <DateField label="To" value={high} onChange={(text) => set([low, text])} />
      ) : (
        <TextField label="To" value={high} inputMode="decimal" onChange={(text) => type([low, text])} />
      );
      return (
        <div className="rule-range" data-path="value">
          {low_}
          {high_}
          {error && <p className="field-error">{error}</p>}
        </div>
      );
    }
    case 'contactList':
      return <ContactListSelect value={valueAsText(value)} error={error} onChange={(id) => set(id)} />;
  }
}
