import { RetargetForm } from './form';
import { RetargetBody } from './view';
import type { KindUi } from '../kind-ui';

export const retargetUi: KindUi<'retarget'> = {
  iconPath: 'M13 8a5 5 0 1 1-2-4 M11 1v3h3',
  Body: RetargetBody,
  Form: RetargetForm,
};
