import { GitBranch } from 'lucide-react';
import { ConditionForm } from './form';
import { ConditionBody } from './view';
import type { KindUi } from '../kind-ui';

export const conditionUi: KindUi<'condition'> = {
  Icon: GitBranch,
  Body: ConditionBody,
  Form: ConditionForm,
};
