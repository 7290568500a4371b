import type { CheckEnv } from './check-env';
import { checkEntry } from './check-entry';
import { checkCondition, checkUpdateProfile } from './check-filters';
import { checkMessage } from './check-message';
import { checkRandomSplit } from './check-split';
import { checkDelay, checkRetarget, checkWaitForEvent } from './check-timing';
import { checkWebhook } from './check-webhook';

/** The checks of each step's own settings, in one pass over the steps in document order. */
export function checkSteps(env: CheckEnv): void {
  const { nodes } = env.journey;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    switch (node.kind) {
      case 'entry':
        checkEntry(env, index, node);
        break;
      case 'message':
        checkMessage(env, index, node);
        break;
      case 'condition':
        checkCondition(env, index, node);
        break;
      case 'waitForEvent':
        checkWaitForEvent(env, index, node);
        break;
      case 'randomSplit':
        checkRandomSplit(env, index, node);
        break;
      case 'retarget':
        checkRetarget(env, index, node);
        break;
      case 'delay':
        checkDelay(env, index, node);
        break;
      case 'webhook':
        checkWebhook(env, index, node);
        break;
      case 'updateProfile':
        checkUpdateProfile(env, index, node);
        break;
      case 'exit':
        break;
    }
  }
}
