import type { KindUiRegistry } from './kind-ui';
import { conditionUi } from './condition/index';
import { delayUi } from './delay/index';
import { entryUi } from './entry/index';
import { exitUi } from './exit/index';
import { messageUi } from './message/index';
import { randomSplitUi } from './randomSplit/index';
import { retargetUi } from './retarget/index';
import { updateProfileUi } from './updateProfile/index';
import { waitForEventUi } from './waitForEvent/index';
import { webhookUi } from './webhook/index';

/** The one place the editor learns about a kind; a kind missing here is a compile error. */
export const kindUis: KindUiRegistry = {
  entry: entryUi,
  message: messageUi,
  condition: conditionUi,
  waitForEvent: waitForEventUi,
  randomSplit: randomSplitUi,
  retarget: retargetUi,
  delay: delayUi,
  webhook: webhookUi,
  updateProfile: updateProfileUi,
  exit: exitUi,
};
