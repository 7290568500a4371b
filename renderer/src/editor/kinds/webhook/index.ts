import { Webhook } from 'lucide-react';
import { WebhookForm } from './form';
import { WebhookBody } from './view';
import type { KindUi } from '../kind-ui';

export const webhookUi: KindUi<'webhook'> = {
  Icon: Webhook,
  Body: WebhookBody,
  Form: WebhookForm,
};
