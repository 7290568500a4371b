import { Shuffle } from 'lucide-react';
import { RandomSplitForm } from './form';
import { RandomSplitBody } from './view';
import type { KindUi } from '../kind-ui';

export const randomSplitUi: KindUi<'randomSplit'> = {
  Icon: Shuffle,
  Body: RandomSplitBody,
  Form: RandomSplitForm,
};
