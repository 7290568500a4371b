import { WaitForEventForm } from './form';
import { WaitForEventBody } from './view';
import type { KindUi } from '../kind-ui';

export const waitForEventUi: KindUi<'waitForEvent'> = {
  iconPath: 'M4 2h8 M4 14h8 M5 2c0 4 6 4 6 6s-6 2-6 6 M11 2c0 4-6 4-6 6',
  Body: WaitForEventBody,
  Form: WaitForEventForm,
};
