import { WebhookForm } from './form';
import { WebhookBody } from './view';
import type { KindUi } from '../kind-ui';

export const webhookUi: KindUi<'webhook'> = {
  iconPath: 'M2 5h10 M9 2l3 3-3 3 M14 11H4 M7 8l-3 3 3 3',
  Body: WebhookBody,
  Form: WebhookForm,
};
