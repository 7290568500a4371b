import { readFileSync } from 'node:fs';
import type { CustomField } from '../../../../shared/audience/index';
import { JourneySchema, type Journey } from '../../../../shared/model/index';
import { TemplateSchema, type Template } from '../../../../shared/templates/index';

const STAMP = '2025-02-01T10:00:00.000Z';

function template(id: string, channel: Template['channel'], name: string, content: unknown): Template {
  return TemplateSchema.parse({ id, channel, name, language: 'en', content, createdAt: STAMP, updatedAt: STAMP });
}

/** Every step kind, every message naming templates, and a webhook carrying credentials. */
export function sampleJourney(): Journey {
  const raw = JSON.parse(
    readFileSync(new URL('../../../fixtures/journeys/valid-every-kind.journey.json', import.meta.url), 'utf8'),
  );
  const journey = JourneySchema.parse(raw);
  return {
    ...journey,
    status: 'active',
    nodes: journey.nodes.map((node) =>
      node.kind === 'webhook'
        ? {
            ...node,
            config: {
              ...node.config,
              url: 'https://crm-user:hunter2@crm.example.com/api/recovered-carts?api_key=abc123&source=journey&signature=',
              headers: [
                { name: 'Content-Type', value: 'application/json' },
                { name: 'Authorization', value: 'Bearer s3cr3t' },
                { name: 'X-Api-Key', value: 'k-123' },
              ],
            },
          }
        : node,
    ),
  };
}

/** The templates sampleJourney names, plus one it does not. */
export function sampleTemplates(): Template[] {
  return [
    template('tpl_push_cart', 'push', 'Cart push', {
      title: 'Still thinking?',
      body: 'Your cart misses you, {{ customer.firstName }}',
      imageUrl: '',
      deepLink: 'shop://cart',
    }),
    template('tpl_email_cart_reminder', 'email', 'Cart reminder', {
      subject: 'You left something behind',
      preheader: '',
      fromName: 'Shop',
      mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hi {{ customer.firstName }}, tier {{ customer.tier }}</mj-text></mj-column></mj-section></mj-body></mjml>',
    }),
    template('tpl_wa_vip_coupon', 'whatsapp', 'VIP coupon', {
      templateName: 'vip_coupon',
      language: 'en',
      headerText: '',
      body: 'Hi {{1}}, here is {{2}}',
      footer: '',
      buttons: [],
      parameters: { '1': 'customer.firstName', '2': '"VIP10"' },
    }),
    template('tpl_sms_vip_coupon', 'sms', 'VIP coupon SMS', {
      body: 'VIP10 is yours, {{ customer.firstName }}',
      senderId: 'SHOP',
    }),
    template('tpl_email_vip_coupon', 'email', 'VIP coupon email', {
      subject: 'A coupon for you',
      preheader: 'VIP10',
      fromName: 'Shop',
      mjml: '<mjml><mj-body></mj-body></mjml>',
    }),
    template('tpl_unrelated', 'sms', 'Unrelated', { body: 'Not named by the journey', senderId: '' }),
  ];
}

/** The custom fields sampleJourney uses (tier, lifetimeValue, cartRecovered, lastRecoveryChannel), plus one it does not. */
export function sampleFields(): CustomField[] {
  return [
    { key: 'shoeSize', label: 'Shoe size', description: '', type: 'number' },
    {
      key: 'tier',
      label: 'Tier',
      description: 'Loyalty tier',
      type: 'choice',
      options: ['gold', 'platinum', 'silver'],
    },
    { key: 'lifetimeValue', label: 'Lifetime value', description: '', type: 'number' },
    { key: 'cartRecovered', label: 'Cart recovered', description: '', type: 'boolean' },
    { key: 'lastRecoveryChannel', label: 'Last recovery channel', description: '', type: 'text' },
  ];
}
