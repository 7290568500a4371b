import { describe, expect, it } from 'vitest';
import { renderedLines, sampleDataFor } from '../../../renderer/src/guided/render-card';
import type { RenderResult } from '../../../shared/templates/index';

function result(channel: RenderResult['channel'], output: Record<string, unknown>): RenderResult {
  return {
    channel,
    ok: true,
    output,
    diagnostics: [],
    variables: { used: [], undefined: [], notCustomerFields: [] },
    cached: false,
    renderMs: 1,
  };
}

describe('a card message as text', () => {
  it('shows a WhatsApp message with its parameters filled in, not the numbered placeholders', () => {
    expect(renderedLines(result('whatsapp', { body: 'Hi {{1}}', preview: 'Hi Asha', footer: 'Shop' }))).toEqual([
      'Hi Asha',
      'Shop',
    ]);
  });

  it('shows an email by its subject and plain-text part, and an SMS by its body', () => {
    expect(renderedLines(result('email', { subject: 'Shipped', html: '<p>x</p>', text: 'Your parcel' }))).toEqual([
      'Shipped',
      'Your parcel',
    ]);
    expect(renderedLines(result('sms', { body: 'Order ORD-1 shipped' }))).toEqual(['Order ORD-1 shipped']);
  });

  it('renders with the event payload as event data and its customer name as the customer', () => {
    expect(sampleDataFor({ orderId: 'ORD-1', customerName: 'Asha Rao' })).toEqual({
      customer: { first_name: 'Asha', last_name: 'Rao' },
      order: {},
      event: { orderId: 'ORD-1', customerName: 'Asha Rao' },
    });
  });
});
