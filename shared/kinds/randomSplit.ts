import type { NodeOfKind } from '../model/index';
import { randomSplitNodeKind } from '../model/nodes/randomSplit';
import type { CheckEnv } from '../validation/check-env';
import { NO_DIGEST, NO_FIELDS, defineStepKind, holdsNoSecrets, sendsNoTemplates } from './step-kind';

/** Float sums such as 33.3 + 33.3 + 33.4 miss 100 by rounding error alone. */
const SUM_TOLERANCE = 1e-9;

/**
 * SPLIT_PERCENT_SUM: fewer than two paths, shares that do not add up to 100 (with the
 * normalisePercentages quick fix), and each path at 0%, which no contact would ever take.
 */
function checkRandomSplit(env: CheckEnv, index: number, node: NodeOfKind<'randomSplit'>): void {
  const { out } = env;
  const { branches } = node.config;
  if (branches.length < 2) {
    out.onNode(
      'error',
      index,
      {
        code: 'SPLIT_PERCENT_SUM',
        message: `${out.named(node)} has ${branches.length === 0 ? 'no paths' : 'only one path'}; random paths need at least two.`,
        hint: 'Add another path, or replace the step with a plain connection.',
      },
      ['config', 'branches'],
    );
    return;
  }
  let sum = 0;
  for (const branch of branches) sum += branch.percent;
  if (!(Math.abs(sum - 100) <= SUM_TOLERANCE)) {
    out.onNode(
      'error',
      index,
      {
        code: 'SPLIT_PERCENT_SUM',
        message: `The paths of ${out.named(node)} add up to ${Number.isFinite(sum) ? `${Math.round(sum * 100) / 100}%` : 'an invalid share'}, not 100%.`,
        hint: 'Adjust the percentages so they add up to 100%.',
        fix: { kind: 'normalisePercentages', label: 'Scale the percentages to 100%' },
      },
      ['config', 'branches', branches.length - 1, 'percent'],
    );
  }
  for (let branch = 0; branch < branches.length; branch++) {
    if (branches[branch]!.percent !== 0) continue;
    out.onNode(
      'error',
      index,
      {
        code: 'SPLIT_PERCENT_SUM',
        message: `Path "${branches[branch]!.label || branches[branch]!.id}" of ${out.named(node)} is at 0%, so no contact would ever take it.`,
        hint: 'Give the path a share of contacts, or delete it.',
      },
      ['config', 'branches', branch, 'percent'],
    );
  }
}

export const randomSplitStepKind = defineStepKind(randomSplitNodeKind, {
  waits: 'none',
  check: checkRandomSplit,
  ...sendsNoTemplates,
  ...holdsNoSecrets,
  fieldsRead: () => NO_FIELDS,
  digest: () => NO_DIGEST,
});
