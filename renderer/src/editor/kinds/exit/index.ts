import { LogOut } from 'lucide-react';
import { ExitForm } from './form';
import { ExitBody } from './view';
import type { KindUi } from '../kind-ui';

export const exitUi: KindUi<'exit'> = {
  Icon: LogOut,
  Body: ExitBody,
  Form: ExitForm,
};
