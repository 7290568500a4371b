import { Clock } from 'lucide-react';
import { DelayForm } from './form';
import { DelayBody } from './view';
import type { KindUi } from '../kind-ui';

export const delayUi: KindUi<'delay'> = {
  Icon: Clock,
  Body: DelayBody,
  Form: DelayForm,
};
