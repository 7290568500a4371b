import type { JourneyEdge } from '../../model/journey-edge';
import type { JourneyNode } from '../../model/journey-node';
import type { CanvasPreset } from './preset';

const email = (subject: string, text: string) => ({
  subject,
  preheader: '',
  fromName: 'The Shop',
  mjml: `<mjml>\n  <mj-body>\n    <mj-section>\n      <mj-column>\n        <mj-text>${text}</mj-text>\n        <mj-button href="https://shop.example.com">Visit the shop</mj-button>\n      </mj-column>\n    </mj-section>\n  </mj-body>\n</mjml>\n`,
});

const at = (x: number, y: number) => ({ x: x * 300, y: y * 170 });
const edge = (source: string, sourceHandle: string, target: string): JourneyEdge => ({
  id: `${source}-${sourceHandle}-${target}`,
  source,
  sourceHandle,
  target,
});

function message(
  id: string,
  label: string,
  position: { x: number; y: number },
  channel: 'email' | 'sms',
  templateId: string,
  fallbacks: { channel: 'email' | 'sms'; templateId: string }[] = [],
): JourneyNode {
  return { id, kind: 'message', label, position, config: { channel, templateId, variables: {}, fallbacks } };
}

const exit = (id: string, label: string, position: { x: number; y: number }): JourneyNode => ({
  id,
  kind: 'exit',
  label,
  position,
  config: {},
});

export const abandonedCartPreset: CanvasPreset = {
  kind: 'canvas',
  id: 'abandoned-cart',
  name: 'Abandoned-cart retargeting',
  description: 'A cart left behind: wait an hour for the purchase, remind, wait a day, then offer an incentive.',
  channels: ['email', 'sms'],
  settings: { goal: { eventName: 'purchase', windowHours: 72 } },
  templates: [
    {
      key: 'reminder',
      channel: 'email',
      name: 'Cart reminder',
      language: '',
      content: email(
        'You left something in your cart',
        'Your cart is still waiting for you. Pick up where you left off.',
      ),
    },
    {
      key: 'reminder-sms',
      channel: 'sms',
      name: 'Cart reminder SMS',
      language: '',
      content: { body: 'Your cart is still waiting: https://shop.example.com/cart', senderId: 'SHOP' },
    },
    {
      key: 'incentive',
      channel: 'email',
      name: 'Cart incentive',
      language: '',
      content: email('10% off what is in your cart', 'Still thinking it over? Use CART10 for 10% off today.'),
    },
  ],
  graph: (template) => ({
    nodes: [
      {
        id: 'cart-abandoned',
        kind: 'entry',
        label: 'Cart abandoned',
        position: at(0, 0),
        config: { audience: { type: 'customEvent', eventName: 'cart.abandoned', propertyRules: [] } },
      },
      {
        id: 'wait-1h',
        kind: 'retarget',
        label: 'Purchased within 1 hour?',
        position: at(1, 0),
        config: { conversionEvent: 'purchase', window: { amount: 1, unit: 'hours' } },
      },
      exit('bought-early', 'Purchased', at(2, -1)),
      message('reminder', 'Reminder', at(2, 0), 'email', template('reminder'), [
        { channel: 'sms', templateId: template('reminder-sms') },
      ]),
      {
        id: 'wait-24h',
        kind: 'retarget',
        label: 'Purchased within 24 hours?',
        position: at(3, 0),
        config: { conversionEvent: 'purchase', window: { amount: 24, unit: 'hours' } },
      },
      exit('bought-after-reminder', 'Purchased after reminder', at(4, -1)),
      message('incentive', 'Incentive', at(4, 0), 'email', template('incentive')),
      exit('done', 'Done', at(5, 0)),
    ],
    edges: [
      edge('cart-abandoned', 'next', 'wait-1h'),
      edge('wait-1h', 'converted', 'bought-early'),
      edge('wait-1h', 'notConverted', 'reminder'),
      edge('reminder', 'next', 'wait-24h'),
      edge('wait-24h', 'converted', 'bought-after-reminder'),
      edge('wait-24h', 'notConverted', 'incentive'),
      edge('incentive', 'next', 'done'),
    ],
  }),
};

export const welcomeSeriesPreset: CanvasPreset = {
  kind: 'canvas',
  id: 'welcome-series',
  name: 'Welcome series',
  description: 'Welcomes a new customer on sign-up, then shares tips two days later.',
  channels: ['email'],
  templates: [
    {
      key: 'welcome',
      channel: 'email',
      name: 'Welcome',
      language: '',
      content: email('Welcome aboard', 'Thanks for joining us. Here is what you can do first.'),
    },
    {
      key: 'tips',
      channel: 'email',
      name: 'Getting started tips',
      language: '',
      content: email('Three tips to get started', 'Save your favourites, track orders, and get offers first.'),
    },
  ],
  graph: (template) => ({
    nodes: [
      {
        id: 'signed-up',
        kind: 'entry',
        label: 'Signed up',
        position: at(0, 0),
        config: { audience: { type: 'customEvent', eventName: 'customer.signed_up', propertyRules: [] } },
      },
      message('welcome', 'Welcome', at(1, 0), 'email', template('welcome')),
      {
        id: 'two-days',
        kind: 'delay',
        label: 'Two days',
        position: at(2, 0),
        config: { mode: 'duration', duration: { amount: 2, unit: 'days' } },
      },
      message('tips', 'Tips', at(3, 0), 'email', template('tips')),
      exit('welcomed', 'Welcomed', at(4, 0)),
    ],
    edges: [
      edge('signed-up', 'next', 'welcome'),
      edge('welcome', 'next', 'two-days'),
      edge('two-days', 'next', 'tips'),
      edge('tips', 'next', 'welcomed'),
    ],
  }),
};

export const reEngagementPreset: CanvasPreset = {
  kind: 'canvas',
  id: 're-engagement',
  name: 'Re-engagement A/B test',
  description: 'Wins back quiet customers, splitting them at random between an email and an SMS offer.',
  channels: ['email', 'sms'],
  templates: [
    {
      key: 'miss-you',
      channel: 'email',
      name: 'We miss you',
      language: '',
      content: email('We miss you', 'It has been a while. Here is what is new since your last visit.'),
    },
    {
      key: 'offer-sms',
      channel: 'sms',
      name: 'Come back offer SMS',
      language: '',
      content: { body: 'We miss you! 15% off your next order with BACK15: https://shop.example.com', senderId: 'SHOP' },
    },
  ],
  graph: (template) => ({
    nodes: [
      {
        id: 'quiet',
        kind: 'entry',
        label: 'Quiet customers',
        position: at(0, 0),
        config: { audience: { type: 'customEvent', eventName: 'customer.inactive', propertyRules: [] } },
      },
      {
        id: 'split',
        kind: 'randomSplit',
        label: 'A/B split',
        position: at(1, 0),
        config: {
          branches: [
            { id: 'a', label: 'Email', percent: 50 },
            { id: 'b', label: 'SMS', percent: 50 },
          ],
        },
      },
      message('path-a', 'We miss you email', at(2, -0.5), 'email', template('miss-you')),
      message('path-b', 'Offer SMS', at(2, 0.5), 'sms', template('offer-sms')),
      exit('after-a', 'Emailed', at(3, -0.5)),
      exit('after-b', 'Texted', at(3, 0.5)),
    ],
    edges: [
      edge('quiet', 'next', 'split'),
      edge('split', 'a', 'path-a'),
      edge('split', 'b', 'path-b'),
      edge('path-a', 'next', 'after-a'),
      edge('path-b', 'next', 'after-b'),
    ],
  }),
};
