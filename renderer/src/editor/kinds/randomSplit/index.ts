import { RandomSplitForm } from './form';
import { RandomSplitBody } from './view';
import type { KindUi } from '../kind-ui';

export const randomSplitUi: KindUi<'randomSplit'> = {
  iconPath: 'M2 8h5 M7 8l6-5 M7 8l6 5 M11 3h2v2 M11 13h2v-2',
  Body: RandomSplitBody,
  Form: RandomSplitForm,
};
