import type { Filter, FilterCombinator, FilterGroup } from '../../../../../shared/model/index';
import { joinPath, scopeErrors, type FieldErrors } from '../field-errors';
import { emptyRule } from '../filter-values';
import { ListEditor } from '../fields/ListEditor';
import { SelectField } from '../fields/SelectField';
import { replaceAt } from '../list-ops';
import { RuleListEditor } from './RuleListEditor';
import './filter-editor.css';

const GROUP_COMBINATORS = [
  { value: 'and', label: 'All groups (AND)' },
  { value: 'or', label: 'Any group (OR)' },
] as const satisfies readonly { value: FilterCombinator; label: string }[];

const RULE_COMBINATORS = [
  { value: 'and', label: 'All rules (AND)' },
  { value: 'or', label: 'Any rule (OR)' },
] as const satisfies readonly { value: FilterCombinator; label: string }[];

function newGroup(): FilterGroup {
  return { combinator: 'and', rules: [emptyRule()] };
}

export interface FilterEditorProps {
  label: string;
  value: Filter;
  /** Errors relative to the filter: "groups[0].rules[1].value". */
  errors: FieldErrors;
  onSet(filter: Filter): void;
  onType(filter: Filter): void;
  hint?: string;
  /** What the rules read: customer fields (picked from a list) or event data (typed paths). */
  source?: 'profile' | 'event';
  fieldPlaceholder?: string;
  path?: string;
}

/**
 * Groups of rules as compact blocks: rules combine within a group, groups combine with each other,
 * and the joining AND/OR is written between them.
 */
export function FilterEditor({
  label,
  value,
  errors,
  onSet,
  onType,
  hint,
  source,
  fieldPlaceholder,
  path,
}: FilterEditorProps) {
  const setGroup = (index: number, group: FilterGroup, typing: boolean) => {
    const next = { ...value, groups: replaceAt(value.groups, index, group) };
    if (typing) onType(next);
    else onSet(next);
  };
  return (
    <div className="filter-editor" data-path={path}>
      <ListEditor
        label={label}
        path="groups"
        hint={hint}
        className={`filter-groups joined-${value.combinator}`}
        items={value.groups}
        onChange={(groups) => onSet({ ...value, groups })}
        newItem={newGroup}
        addLabel="+ Add group"
        itemLabel={(index) => `Group ${index + 1}`}
        emptyText="No conditions yet."
        renderItem={(group, index) => {
          const groupErrors = scopeErrors(errors, joinPath('groups', index));
          return (
            <>
              {group.rules.length > 1 && (
                <SelectField<FilterCombinator>
                  label="Match"
                  path="combinator"
                  value={group.combinator}
                  options={RULE_COMBINATORS}
                  onChange={(combinator) => setGroup(index, { ...group, combinator }, false)}
                />
              )}
              <RuleListEditor
                label="Rules"
                path="rules"
                rules={group.rules}
                errors={scopeErrors(groupErrors, 'rules')}
                combinator={group.combinator}
                source={source}
                fieldPlaceholder={fieldPlaceholder}
                onSet={(rules) => setGroup(index, { ...group, rules }, false)}
                onType={(rules) => setGroup(index, { ...group, rules }, true)}
              />
            </>
          );
        }}
      />
      {value.groups.length > 1 && (
        <SelectField<FilterCombinator>
          label="Match groups"
          path="combinator"
          value={value.combinator}
          options={GROUP_COMBINATORS}
          onChange={(combinator) => onSet({ ...value, combinator })}
        />
      )}
    </div>
  );
}
