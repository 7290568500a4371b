import { LogIn } from 'lucide-react';
import { EntryForm } from './form';
import { EntryBody } from './view';
import type { KindUi } from '../kind-ui';

export const entryUi: KindUi<'entry'> = {
  Icon: LogIn,
  Body: EntryBody,
  Form: EntryForm,
};
