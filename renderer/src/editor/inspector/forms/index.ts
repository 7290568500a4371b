import { ConditionForm } from './conditionForm';
import { DelayForm } from './delayForm';
import { EntryForm } from './entryForm';
import { ExitForm } from './exitForm';
import type { ConfigFormRegistry } from './form-props';
import { MessageForm } from './messageForm';
import { RandomSplitForm } from './randomSplitForm';
import { RetargetForm } from './retargetForm';
import { UpdateProfileForm } from './updateProfileForm';
import { WaitForEventForm } from './waitForEventForm';
import { WebhookForm } from './webhookForm';

export type { ConfigFormProps, ConfigFormRegistry } from './form-props';

export const configForms: ConfigFormRegistry = {
  entry: EntryForm,
  message: MessageForm,
  condition: ConditionForm,
  waitForEvent: WaitForEventForm,
  randomSplit: RandomSplitForm,
  retarget: RetargetForm,
  delay: DelayForm,
  webhook: WebhookForm,
  updateProfile: UpdateProfileForm,
  exit: ExitForm,
};
