import { MessageForm } from './form';
import { MessageBody } from './view';
import type { KindUi } from '../kind-ui';

export const messageUi: KindUi<'message'> = {
  iconPath: 'M2 4h12v8H2z M2 4l6 5 6-5',
  Body: MessageBody,
  Form: MessageForm,
};
