import type { NodeOfKind } from '../model/index';
import { conditionNodeKind } from '../model/nodes/condition';
import type { CheckEnv } from '../validation/check-env';
import {
  checkProfileFilter,
  eventRuleProblem,
  filterFields,
  reportEventRule,
  ruleFieldPath,
} from '../validation/check-filters';
import type { NodeFieldPath } from '../validation/collector';
import { NO_DIGEST, defineStepKind, holdsNoSecrets, sendsNoTemplates } from './step-kind';

const FILTER_IN_CONDITION: NodeFieldPath = ['config', 'filter'];

/** EMPTY_CONDITION without rules; then each rule, on the profile as the audience code reads it, or on event data. */
function checkCondition(env: CheckEnv, index: number, node: NodeOfKind<'condition'>): void {
  const { filter, source } = node.config;
  let ruleCount = 0;
  for (const group of filter.groups) ruleCount += group.rules.length;
  if (ruleCount === 0) {
    env.out.onNode(
      'error',
      index,
      {
        code: 'EMPTY_CONDITION',
        message: `${env.out.named(node)} has no rules, so it cannot decide between "Yes" and "No".`,
        hint: 'Add at least one rule to the condition.',
      },
      [...FILTER_IN_CONDITION, 'groups'],
    );
    return;
  }
  if (source === 'profile') {
    checkProfileFilter(env, index, filter, FILTER_IN_CONDITION);
    return;
  }
  for (let group = 0; group < filter.groups.length; group++) {
    const rules = filter.groups[group]!.rules;
    for (let position = 0; position < rules.length; position++) {
      const rule = rules[position]!;
      const problem = eventRuleProblem(rule);
      if (problem !== null)
        reportEventRule(env, index, rule, problem, ruleFieldPath(FILTER_IN_CONDITION, group, position));
    }
  }
}

export const conditionStepKind = defineStepKind(conditionNodeKind, {
  waits: 'none',
  check: checkCondition,
  ...sendsNoTemplates,
  ...holdsNoSecrets,
  fieldsRead: ({ config: { source, filter } }) =>
    source === 'profile'
      ? { profileFields: filterFields(filter), eventProperties: [] }
      : { profileFields: [], eventProperties: filter.groups.flatMap((group) => group.rules.map((rule) => rule.field)) },
  digest: () => NO_DIGEST,
});
