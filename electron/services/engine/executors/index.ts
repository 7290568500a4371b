import type { StepExecutors } from './executor';
import { conditionExecutor } from './condition';
import { delayExecutor } from './delay';
import { entryExecutor } from './entry';
import { exitExecutor } from './exit';
import { messageExecutor } from './message';
import { randomSplitExecutor } from './random-split';
import { retargetExecutor } from './retarget';
import { updateProfileExecutor } from './update-profile';
import { waitForEventExecutor } from './wait-for-event';
import { webhookExecutor } from './webhook';

/** What each kind does at run time; a Record so a new kind without an executor does not compile. */
export const STEP_EXECUTORS: StepExecutors = {
  entry: entryExecutor,
  message: messageExecutor,
  condition: conditionExecutor,
  waitForEvent: waitForEventExecutor,
  randomSplit: randomSplitExecutor,
  retarget: retargetExecutor,
  delay: delayExecutor,
  webhook: webhookExecutor,
  updateProfile: updateProfileExecutor,
  exit: exitExecutor,
};

export type { StepExecutor, StepExecutors, StepOutcome, Visit } from './executor';
