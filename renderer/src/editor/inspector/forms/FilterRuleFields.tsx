import { FILTER_OPERATORS, type FilterOperator, type FilterRule } from '../../../../../shared/model/index';
import { NOT_A_NUMBER, errorAt, errorWithin, type FieldErrors } from '../field-errors';
import { OPERATOR_LABELS, valueAsText, valueInputFor, withOperator } from '../filter-values';
import { CommaListField } from '../fields/CommaListField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';

const OPERATOR_OPTIONS = FILTER_OPERATORS.map((operator) => ({ value: operator, label: OPERATOR_LABELS[operator] }));

export interface FilterRuleFieldsProps {
  rule: FilterRule;
  /** Errors relative to the rule: "field", "value", "value[2]". */
  errors: FieldErrors;
  onSet(rule: FilterRule): void;
  onType(rule: FilterRule): void;
  fieldPlaceholder?: string;
}

/** Field, operator and the value input the operator needs (none for "is set", a list for "is one of"). */
export function FilterRuleFields({ rule, errors, onSet, onType, fieldPlaceholder = 'customer.city' }: FilterRuleFieldsProps) {
  const input = valueInputFor(rule.operator);
  const { value } = rule;
  const numberValue = typeof value === 'number' ? value : Number(value);
  // The model's message for a bad value lists every shape a value may take; a number box needs less.
  const valueError = input === 'number' && Number.isNaN(numberValue) ? NOT_A_NUMBER : errorWithin(errors, 'value');
  return (
    <div className="rule-fields">
      <TextField label="Field" value={rule.field} placeholder={fieldPlaceholder} spellCheck={false} error={errorAt(errors, 'field')} onChange={(field) => onType({ ...rule, field })} />
      <SelectField<FilterOperator> label="Operator" value={rule.operator} options={OPERATOR_OPTIONS} error={errorAt(errors, 'operator')} onChange={(operator) => onSet(withOperator(rule, operator))} />
      {input === 'text' && (
        <TextField label="Value" value={valueAsText(value)} error={valueError} onChange={(text) => onType({ ...rule, value: text })} />
      )}
      {input === 'number' && (
        <NumberField label="Value" value={numberValue} step="any" error={valueError} onChange={(number) => onType({ ...rule, value: number })} />
      )}
      {input === 'list' && (
        <CommaListField label="Values" value={Array.isArray(value) ? value.map(String) : []} error={valueError} onChange={(items) => onType({ ...rule, value: items })} />
      )}
    </div>
  );
}
