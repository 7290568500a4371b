import { ConditionForm } from './form';
import { ConditionBody } from './view';
import type { KindUi } from '../kind-ui';

export const conditionUi: KindUi<'condition'> = {
  iconPath: 'M8 2l6 6-6 6-6-6z',
  Body: ConditionBody,
  Form: ConditionForm,
};
