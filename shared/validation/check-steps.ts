import type { StepKindRegistry } from '../kinds/registry';
import type { CheckEnv } from './check-env';

/** The checks of each step's own settings, each by its kind, in one pass over the steps in document order. */
export function checkSteps(env: CheckEnv, kinds: StepKindRegistry): void {
  const { nodes } = env.journey;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    kinds.of(node).check(env, index, node);
  }
}
