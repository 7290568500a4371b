import { Mail } from 'lucide-react';
import { MessageForm } from './form';
import { MessageBody } from './view';
import type { KindUi } from '../kind-ui';

export const messageUi: KindUi<'message'> = {
  Icon: Mail,
  Body: MessageBody,
  Form: MessageForm,
};
