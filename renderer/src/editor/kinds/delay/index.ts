import { DelayForm } from './form';
import { DelayBody } from './view';
import type { KindUi } from '../kind-ui';

export const delayUi: KindUi<'delay'> = {
  iconPath: 'M8 2a6 6 0 1 0 0 12a6 6 0 1 0 0-12 M8 5v3l2 2',
  Body: DelayBody,
  Form: DelayForm,
};
