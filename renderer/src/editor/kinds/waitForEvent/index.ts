import { Hourglass } from 'lucide-react';
import { WaitForEventForm } from './form';
import { WaitForEventBody } from './view';
import type { KindUi } from '../kind-ui';

export const waitForEventUi: KindUi<'waitForEvent'> = {
  Icon: Hourglass,
  Body: WaitForEventBody,
  Form: WaitForEventForm,
};
