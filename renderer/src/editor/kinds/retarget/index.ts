import { Target } from 'lucide-react';
import { RetargetForm } from './form';
import { RetargetBody } from './view';
import type { KindUi } from '../kind-ui';

export const retargetUi: KindUi<'retarget'> = {
  Icon: Target,
  Body: RetargetBody,
  Form: RetargetForm,
};
