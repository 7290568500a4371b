import type { FilterOperator, FilterRule } from '../../../../../shared/model/index';
import { fieldKeyOf } from '../../../../../shared/audience/index';
import { useCustomerFields } from '../../../audience/use-audience-data';
import { errorAt, type FieldErrors } from '../field-errors';
import { OPERATOR_LABELS, operatorsFor, withField, withOperator } from '../filter-values';
import { SelectField } from '../fields/SelectField';
import { RuleFieldPicker } from './RuleFieldPicker';
import { RuleValueFields } from './RuleValueFields';

export interface FilterRuleFieldsProps {
  rule: FilterRule;
  /** Errors relative to the rule: "field", "value", "value[2]". */
  errors: FieldErrors;
  onSet(rule: FilterRule): void;
  onType(rule: FilterRule): void;
  /** What the rule reads: a contact's customer fields, or the triggering event's data. */
  source?: 'profile' | 'event';
  fieldPlaceholder?: string;
}

/** Field, the operators its type allows, and the value input the operator needs. */
export function FilterRuleFields({
  rule,
  errors,
  onSet,
  onType,
  source = 'profile',
  fieldPlaceholder,
}: FilterRuleFieldsProps) {
  const { fields } = useCustomerFields();
  const field = source === 'profile' ? fields.find((candidate) => candidate.key === fieldKeyOf(rule.field)) : undefined;
  const offered = operatorsFor(field);
  // A stored operator the type does not allow stays visible (and flagged by the validator) rather than vanishing.
  const operators = offered.includes(rule.operator) ? offered : [...offered, rule.operator];
  const operatorOptions = operators.map((operator) => ({ value: operator, label: OPERATOR_LABELS[operator] }));
  return (
    <div className="rule-fields">
      <RuleFieldPicker
        reference={rule.field}
        fields={fields}
        source={source}
        placeholder={fieldPlaceholder}
        error={errorAt(errors, 'field')}
        onPick={(reference, picked) => onSet(withField(rule, reference, picked))}
        onType={(reference) => onType({ ...rule, field: reference })}
      />
      <SelectField<FilterOperator>
        label="Operator"
        path="operator"
        value={rule.operator}
        options={operatorOptions}
        error={errorAt(errors, 'operator')}
        onChange={(operator) => onSet(withOperator(rule, operator, field?.type))}
      />
      <RuleValueFields rule={rule} field={field} errors={errors} onSet={onSet} onType={onType} />
    </div>
  );
}
