import type { RenderResult } from '../../../shared/templates/index';
import type { SamplePayload } from '../../../shared/guided/package-schema';
import type { AppClient } from '../api/client';

/** The data a card's message renders with: the event's sample payload as `event`, its names as the customer's. */
export function sampleDataFor(payload: SamplePayload) {
  const name = typeof payload.customerName === 'string' ? payload.customerName : '';
  const [first = '', ...rest] = name.split(' ');
  return { customer: { first_name: first, last_name: rest.join(' ') }, order: {}, event: { ...payload } };
}

/** Renders a stored template as the card would send it for its event's sample payload. */
export async function renderCardTemplate(
  client: AppClient,
  templateId: string,
  payload: SamplePayload,
): Promise<RenderResult> {
  const template = await client.templates.get({ id: templateId });
  return client.templates.render({
    channel: template.channel,
    content: template.content,
    data: sampleDataFor(payload),
  });
}

/** The rendered message as plain lines (email: subject and text part; others: their text fields). */
export function renderedLines(result: RenderResult): string[] {
  const output = result.output;
  const text = (key: string) => (typeof output[key] === 'string' && output[key] !== '' ? [output[key]] : []);
  switch (result.channel) {
    case 'email':
      return [...text('subject'), ...text('text')];
    case 'sms':
      return text('body');
    case 'whatsapp':
      return [
        ...text('headerText'),
        ...(text('preview').length > 0 ? text('preview') : text('body')),
        ...text('footer'),
      ];
    case 'marketing':
      return text('payload');
    default:
      return [...text('title'), ...text('body'), ...text('text')];
  }
}
