import { prepareRule } from '../audience/prepare-rule';
import { fieldKeyOf } from '../audience/field-lookup';
import type { RuleIssueCode } from '../audience/rule-values';
import { describeRule, type Filter, type FilterRule } from '../model/filter';
import type { CheckEnv } from './check-env';
import type { NodeFieldPath } from './collector';

const PROPERTY_RULES: NodeFieldPath = ['config', 'audience', 'propertyRules'];

const RULE_ISSUE_HINTS: Readonly<Record<RuleIssueCode, string>> = {
  unknownField: 'Choose the field the rule checks, or delete the rule.',
  operatorNotForType: 'Choose an operator that fits the field, or another field.',
  missingValue: "Fill in the rule's value.",
  invalidValue: "Correct the rule's value.",
  betweenNeedsTwoValues: 'Enter both ends of the range, from and to.',
  emptyRange: 'Put the smaller value first, so that the range contains something.',
  notAnOption: "Pick one of the field's options.",
};

const NEEDS_NO_VALUE: ReadonlySet<string> = new Set(['isSet', 'isNotSet']);

export function ruleFieldPath(
  filterPath: NodeFieldPath,
  group: number,
  rule: number,
  ...rest: (string | number)[]
): NodeFieldPath {
  return [...filterPath, 'groups', group, 'rules', rule, ...rest];
}

/**
 * Rules on the contact's profile, checked as the audience code will read them (prepareRule, the
 * core of validateFilter): UNKNOWN_FIELD for a field the project does not have, INVALID_FILTER
 * for anything else that makes the rule match no one. One finding per rule: its first issue.
 */
export function checkProfileFilter(env: CheckEnv, index: number, filter: Filter, filterPath: NodeFieldPath): void {
  const { out } = env;
  const node = env.journey.nodes[index]!;
  for (let group = 0; group < filter.groups.length; group++) {
    const rules = filter.groups[group]!.rules;
    for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) {
      const rule = rules[ruleIndex]!;
      const prepared = prepareRule(rule, env.field);
      if (prepared.ok) continue;
      const issue = prepared.issues[0];
      if (issue === undefined) continue;
      if (issue.code === 'unknownField' && rule.field.trim() !== '') {
        out.onNode(
          'error',
          index,
          {
            code: 'UNKNOWN_FIELD',
            message: `${out.named(node)} has a rule on the customer field "${fieldKeyOf(rule.field)}", which does not exist.`,
            hint: 'Pick an existing field for the rule, or add the field under Customer fields.',
          },
          ruleFieldPath(filterPath, group, ruleIndex, 'field'),
        );
        continue;
      }
      const target = issue.valueIndex === undefined ? [issue.target] : [issue.target, issue.valueIndex];
      out.onNode(
        'error',
        index,
        {
          code: 'INVALID_FILTER',
          message: `${out.named(node)} has a rule "${describeRule(rule)}" that matches no one: ${issue.message}.`,
          hint: RULE_ISSUE_HINTS[issue.code],
        },
        ruleFieldPath(filterPath, group, ruleIndex, ...target),
      );
    }
  }
}

function hasValue(rule: FilterRule): boolean {
  const { value } = rule;
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Rules on event data: the properties are not known in advance, so only completeness is checked. */
export function eventRuleProblem(rule: FilterRule): 'field' | 'value' | null {
  if (rule.field.trim() === '') return 'field';
  if (!NEEDS_NO_VALUE.has(rule.operator) && !hasValue(rule)) return 'value';
  return null;
}

export function reportEventRule(
  env: CheckEnv,
  index: number,
  rule: FilterRule,
  problem: 'field' | 'value',
  rulePath: NodeFieldPath,
): void {
  const { out } = env;
  const node = env.journey.nodes[index]!;
  out.onNode(
    'error',
    index,
    problem === 'field'
      ? {
          code: 'INVALID_FILTER',
          message: `${out.named(node)} has a rule without an event property.`,
          hint: 'Enter the event property the rule checks, e.g. "properties.total", or delete the rule.',
        }
      : {
          code: 'INVALID_FILTER',
          message: `${out.named(node)} has a rule "${describeRule(rule)}" without a value.`,
          hint: 'Enter the value to compare the event property with.',
        },
    [...rulePath, problem],
  );
}

export function checkEventPropertyRules(env: CheckEnv, index: number, rules: readonly FilterRule[]): void {
  for (let position = 0; position < rules.length; position++) {
    const rule = rules[position]!;
    const problem = eventRuleProblem(rule);
    if (problem !== null) reportEventRule(env, index, rule, problem, [...PROPERTY_RULES, position]);
  }
}

/** The customer field keys a filter's rules name ("tier" for "customer.tier"), in rule order. */
export function filterFields(filter: Filter): string[] {
  return filter.groups.flatMap((group) => group.rules.map((rule) => fieldKeyOf(rule.field)));
}
