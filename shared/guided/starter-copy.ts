import type { Channel } from '../model/channel';
import type { SamplePayload } from './package-schema';

export interface StarterEvent {
  label: string;
  samplePayload: SamplePayload;
}

/** The sentence a new template for the event starts from, with the event's own variables. */
export function starterSentence(event: StarterEvent): string {
  const has = (field: string) => Object.hasOwn(event.samplePayload, field);
  const greeting = has('customerName')
    ? 'Hi {{ event.customerName }}, '
    : has('sellerName')
      ? 'Hi {{ event.sellerName }}, '
      : 'Hi, ';
  const order = has('orderId') ? ' for order {{ event.orderId }}' : '';
  const tracking = has('trackingUrl') ? ' Track it: {{ event.trackingUrl }}' : '';
  return `${greeting}${event.label.toLocaleLowerCase()}${order}.${tracking}`;
}

function whatsAppName(label: string): string {
  return (
    label
      .toLocaleLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'order_update'
  );
}

const EMAIL_BODY = (sentence: string) =>
  `<mjml>\n  <mj-body>\n    <mj-section>\n      <mj-column>\n        <mj-text>${sentence}</mj-text>\n      </mj-column>\n    </mj-section>\n  </mj-body>\n</mjml>\n`;

/** Content a new template for the event starts with, on each channel the wizard creates templates for. */
export function starterContent(channel: Channel, event: StarterEvent): Record<string, unknown> | undefined {
  const sentence = starterSentence(event);
  switch (channel) {
    case 'sms':
      return { body: sentence, senderId: '' };
    case 'email':
      return { subject: event.label, preheader: '', fromName: '', mjml: EMAIL_BODY(sentence) };
    case 'whatsapp': {
      const name =
        Object.hasOwn(event.samplePayload, 'sellerName') && !Object.hasOwn(event.samplePayload, 'customerName')
          ? 'event.sellerName'
          : 'event.customerName';
      const withOrder = Object.hasOwn(event.samplePayload, 'orderId');
      return {
        templateName: whatsAppName(event.label),
        language: 'en',
        headerText: '',
        body: withOrder
          ? `Hi {{1}}, ${event.label.toLocaleLowerCase()}: order {{2}}.`
          : `Hi {{1}}, ${event.label.toLocaleLowerCase()}.`,
        footer: '',
        buttons: [],
        parameters: {
          '1': `{{ ${name} | default: "there" }}`,
          ...(withOrder ? { '2': '{{ event.orderId }}' } : {}),
        },
      };
    }
    case 'push':
      return { title: event.label, body: sentence, imageUrl: '', deepLink: '' };
    case 'marketing':
      return { payload: `{\n  "event": "${event.label}",\n  "message": ${JSON.stringify(sentence)}\n}\n` };
    default:
      return undefined;
  }
}
