import { ExitForm } from './form';
import { ExitBody } from './view';
import type { KindUi } from '../kind-ui';

export const exitUi: KindUi<'exit'> = {
  iconPath: 'M4 4h8v8H4z',
  Body: ExitBody,
  Form: ExitForm,
};
