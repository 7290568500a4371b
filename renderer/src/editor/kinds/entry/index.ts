import { EntryForm } from './form';
import { EntryBody } from './view';
import type { KindUi } from '../kind-ui';

export const entryUi: KindUi<'entry'> = {
  iconPath: 'M5 3l8 5-8 5z',
  Body: EntryBody,
  Form: EntryForm,
};
