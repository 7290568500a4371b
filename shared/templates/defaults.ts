import type { ContentOf, TemplateChannel } from './content';
import { STARTER_LAYOUTS } from './starter-layouts';

const DEFAULTS: { [C in TemplateChannel]: () => ContentOf<C> } = {
  email: () => ({ subject: '', preheader: '', fromName: '', mjml: STARTER_LAYOUTS[0]!.mjml }),
  sms: () => ({ body: '', senderId: '' }),
  whatsapp: () => ({
    templateName: '',
    language: 'en',
    headerText: '',
    body: '',
    footer: '',
    buttons: [],
    parameters: {},
  }),
  push: () => ({ title: '', body: '', imageUrl: '', deepLink: '' }),
  inapp: () => ({ title: '', body: '', imageUrl: '', buttons: [] }),
  telegram: () => ({ text: '', parseMode: 'HTML', buttons: [] }),
  wallet: () => ({ passType: 'generic', title: '', fields: [], barcodeValue: '' }),
  marketing: () => ({ payload: '{\n  "customerId": "{{ customer.customerId }}"\n}\n' }),
};

/** A new, empty template body for a channel (email starts from the first starter layout). */
export function defaultContent<C extends TemplateChannel>(channel: C): ContentOf<C> {
  return DEFAULTS[channel]();
}
