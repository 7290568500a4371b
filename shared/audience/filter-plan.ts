import { formatIssuePath } from '../model/format-zod-issues';
import type { Filter, FilterCombinator } from '../model/filter';
import type { FieldDefinition } from './customer-fields';
import { fieldLookup } from './field-lookup';
import { prepareRule, type Bound, type PreparedRule } from './prepare-rule';
import type { RuleIssue, RuleIssueCode } from './rule-values';
import { addDays, DAY_MS, utcDateOf } from './value-shapes';

/**
 * A filter with every rule prepared, ready for the evaluator or the SQL translation.
 *
 * Meaning of a filter, for both:
 * - The filter combines its groups with its combinator; each group combines its rules with its own.
 * - A group without rules is left out. A filter with no rules at all matches every contact.
 * - A rule with an issue (unknown field, operator not for the type, missing or unreadable value)
 *   is false for every contact, its "not" operators included; validateFilter reports why.
 */
export interface FilterPlan {
  combinator: FilterCombinator;
  groups: { combinator: FilterCombinator; rules: (PreparedRule | null)[] }[];
}

export interface FilterIssue {
  groupIndex: number;
  ruleIndex: number;
  /** Where in the filter, e.g. "groups[0].rules[2].value[1]". */
  path: string;
  /** Where in the rule ("field", "operator", "value", "value[1]"): what a rule form shows errors by. */
  rulePath: string;
  code: RuleIssueCode;
  message: string;
}

export function planFilter(
  filter: Filter,
  fields: readonly FieldDefinition[],
): { plan: FilterPlan; issues: FilterIssue[] } {
  const lookup = fieldLookup(fields);
  const issues: FilterIssue[] = [];
  const toIssue = (groupIndex: number, ruleIndex: number, issue: RuleIssue): FilterIssue => {
    const ruleSegments: (string | number)[] =
      issue.valueIndex === undefined ? [issue.target] : [issue.target, issue.valueIndex];
    return {
      groupIndex,
      ruleIndex,
      path: formatIssuePath(['groups', groupIndex, 'rules', ruleIndex, ...ruleSegments]),
      rulePath: formatIssuePath(ruleSegments),
      code: issue.code,
      message: issue.message,
    };
  };
  const groups = filter.groups
    .map((group, groupIndex) => ({
      combinator: group.combinator,
      rules: group.rules.map((rule, ruleIndex) => {
        const prepared = prepareRule(rule, lookup);
        if (prepared.ok) return prepared.rule;
        issues.push(...prepared.issues.map((issue) => toIssue(groupIndex, ruleIndex, issue)));
        return null;
      }),
    }))
    .filter((group) => group.rules.length > 0);
  return { plan: { combinator: filter.combinator, groups }, issues };
}

/**
 * "Within the last N days" as bounds at `now`, up to now (the future is not within the last days).
 * Date-time: from exactly N×24 h before now. Date: from the UTC date N days before today through
 * today, so N = 7 covers today and the 7 days before it. Days are UTC days.
 */
export function lastDaysBounds(type: 'date' | 'dateTime', days: number, now: Date): { lower: Bound; upper: Bound } {
  if (type === 'date') {
    const today = utcDateOf(now);
    return { lower: { value: addDays(today, -days), inclusive: true }, upper: { value: today, inclusive: true } };
  }
  return {
    lower: { value: new Date(now.getTime() - days * DAY_MS).toISOString(), inclusive: true },
    upper: { value: now.toISOString(), inclusive: true },
  };
}

export function assertValidNow(now: Date): void {
  if (Number.isNaN(now.getTime())) throw new RangeError('The filter was given an invalid date as "now"');
}

/** What evaluating a filter reads of a contact: these fields, and membership of these lists. */
export interface FilterReads {
  fields: FieldDefinition[];
  listIds: string[];
}

/**
 * The fields and lists a filter's valid rules read, each once: a scan over many contacts fetches
 * only these instead of whole rows.
 */
export function filterReads(filter: Filter, fields: readonly FieldDefinition[]): FilterReads {
  const { plan } = planFilter(filter, fields);
  const byKey = new Map<string, FieldDefinition>();
  const listIds = new Set<string>();
  for (const group of plan.groups) {
    for (const rule of group.rules) {
      if (rule === null) continue;
      if (rule.condition.kind === 'inContactList') listIds.add(rule.condition.listId);
      else byKey.set(rule.field.key, rule.field);
    }
  }
  return { fields: [...byKey.values()], listIds: [...listIds] };
}
