import type { FilterCombinator, FilterRule } from '../../../../../shared/model/index';
import { pathOf, scopeErrors, type FieldErrors } from '../field-errors';
import { emptyRule } from '../filter-values';
import { ListEditor } from '../fields/ListEditor';
import { replaceAt } from '../list-ops';
import { FilterRuleFields } from './FilterRuleFields';

export interface RuleListEditorProps {
  label: string;
  rules: readonly FilterRule[];
  /** Errors relative to the rule list: "[0].value". */
  errors: FieldErrors;
  onSet(rules: FilterRule[]): void;
  onType(rules: FilterRule[]): void;
  hint?: string;
  /** What the rules read: customer fields (picked from a list) or event data (typed paths). */
  source?: 'profile' | 'event';
  fieldPlaceholder?: string;
  path?: string;
  /** How the rules combine, shown between them; a plain list of conditions when left out. */
  combinator?: FilterCombinator;
}

/**
 * A flat list of rules, each on one row (field, operator, value, remove) that may wrap its value
 * under the others where the space is narrow: a filter group's, or a custom event's property conditions.
 */
export function RuleListEditor({
  label,
  rules,
  errors,
  onSet,
  onType,
  hint,
  source,
  fieldPlaceholder,
  path,
  combinator = 'and',
}: RuleListEditorProps) {
  return (
    <ListEditor
      label={label}
      path={path}
      hint={hint}
      className={`rule-list joined-${combinator}`}
      removeText="✕"
      items={rules}
      onChange={onSet}
      newItem={emptyRule}
      addLabel="+ Add rule"
      itemLabel={(index) => `Rule ${index + 1}`}
      emptyText="No rules yet."
      renderItem={(rule, index) => (
        <FilterRuleFields
          rule={rule}
          errors={scopeErrors(errors, pathOf(index))}
          source={source}
          fieldPlaceholder={fieldPlaceholder}
          onSet={(next) => onSet(replaceAt(rules, index, next))}
          onType={(next) => onType(replaceAt(rules, index, next))}
        />
      )}
    />
  );
}
