import { describe, expect, it } from 'vitest';
import type { Channel, Journey } from '../../../shared/model/index';
import { validateJourney, type ValidationContext, type ValidationTemplate } from '../../../shared/validation/index';
import {
  cleanContext,
  cleanJourney,
  link,
  ofCode,
  step,
  template,
  withConfig,
  withNodes,
  withoutEdge,
} from './build-journey';

function contextWith(...templates: ValidationTemplate[]): ValidationContext {
  const context = cleanContext();
  const byId = new Map(context.templates);
  for (const item of templates) byId.set(item.id, item);
  return { ...context, templates: byId };
}

function summary(journey: Journey, context: ValidationContext): [string, string | undefined, string | undefined][] {
  return validateJourney(journey, context).map((diagnostic) => [diagnostic.code, diagnostic.nodeId, diagnostic.path]);
}

/** The clean journey with a second message, on `channel`, between the condition's "No" and "done". */
function withSecondMessage(channel: Channel, templateId: string | null, label = 'Reminder'): Journey {
  return withNodes(
    withoutEdge(cleanJourney(), 'vip.no'),
    [step('message', 'reminder', label, { channel, templateId })],
    [link('vip', 'no', 'reminder'), link('reminder', 'next', 'done')],
  );
}

describe('templates', () => {
  it('reports a fallback without a template on the fallback', () => {
    const journey = withConfig(cleanJourney(), 'welcome', 'message', {
      fallbacks: [{ channel: 'sms', templateId: null }],
    });
    const [diagnostic, ...rest] = validateJourney(journey, cleanContext());
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      code: 'MISSING_TEMPLATE',
      path: 'nodes[1].config.fallbacks[0].templateId',
      message: 'The SMS fallback of "Welcome email" has no SMS template chosen.',
      fix: { kind: 'createTemplate', label: 'Create a template for SMS' },
    });
  });

  it('names an unlabelled step by its kind', () => {
    const [diagnostic] = validateJourney(withSecondMessage('email', null, ''), cleanContext());
    expect(diagnostic?.message).toBe('"Message" has no Email template chosen.');
  });

  it('still wants a template without knowing the library, but checks nothing else about templates', () => {
    const journey = withSecondMessage('email', 'tpl-unknown');
    expect(summary(journey, { ...cleanContext(), templates: undefined })).toEqual([]);
    expect(summary(withSecondMessage('email', null), { fields: cleanContext().fields })).toEqual([
      ['MISSING_TEMPLATE', 'reminder', 'nodes[7].config.templateId'],
    ]);
  });

  it('checks a fallback template exists and is on the fallback channel', () => {
    const journey = withConfig(cleanJourney(), 'welcome', 'message', {
      fallbacks: [
        { channel: 'sms', templateId: 'tpl-welcome' },
        { channel: 'push', templateId: 'tpl-gone' },
      ],
    });
    const context = { ...cleanContext(), configuredChannels: new Set<Channel>(['email', 'sms', 'push']) };
    expect(summary(journey, context)).toEqual([
      ['TEMPLATE_CHANNEL_MISMATCH', 'welcome', 'nodes[1].config.fallbacks[0].templateId'],
      ['TEMPLATE_NOT_FOUND', 'welcome', 'nodes[1].config.fallbacks[1].templateId'],
    ]);
  });
});

describe('fallback channels', () => {
  it('reports a fallback on the primary channel and a repeated fallback channel', () => {
    const journey = withConfig(cleanJourney(), 'welcome', 'message', {
      fallbacks: [
        { channel: 'sms', templateId: 'tpl-welcome-sms' },
        { channel: 'sms', templateId: 'tpl-welcome-sms' },
        { channel: 'email', templateId: 'tpl-welcome' },
      ],
    });
    const duplicates = ofCode(validateJourney(journey, cleanContext()), 'DUPLICATE_FALLBACK_CHANNEL');
    expect(duplicates.map((diagnostic) => [diagnostic.path, diagnostic.message])).toEqual([
      ['nodes[1].config.fallbacks[1].channel', '"Welcome email" falls back to SMS more than once.'],
      [
        'nodes[1].config.fallbacks[2].channel',
        '"Welcome email" falls back to Email, which is already the channel it sends on.',
      ],
    ]);
  });
});

describe('channel providers', () => {
  it('warns once per channel, on the first step using it', () => {
    const journey = withNodes(
      withSecondMessage('push', 'tpl-push'),
      [step('message', 'push-2', 'Second push', { channel: 'push', templateId: 'tpl-push' })],
      [],
    );
    const warnings = ofCode(validateJourney(journey, cleanContext()), 'CHANNEL_NOT_CONFIGURED');
    expect(warnings.map((diagnostic) => [diagnostic.nodeId, diagnostic.path, diagnostic.severity])).toEqual([
      ['reminder', 'nodes[7].config.channel', 'warning'],
    ]);
    expect(warnings[0]?.message).toBe(
      '"Reminder" sends on Push, but no Push provider is set up, so its messages stay in the local Outbox and reach no one.',
    );
    // The hint and the fix lead to the channel's provider in Settings → Channels.
    expect(warnings[0]?.hint).toBe(
      'Set up a Push provider in Settings → Channels; until then, the Outbox shows what would have been sent on Push.',
    );
    expect(warnings[0]?.fix).toEqual({ kind: 'openChannelSettings', label: 'Set up Push in Settings' });
  });

  it('is not checked when the providers are not known', () => {
    expect(
      ofCode(
        validateJourney(withSecondMessage('push', 'tpl-push'), { ...cleanContext(), configuredChannels: undefined }),
        'CHANNEL_NOT_CONFIGURED',
      ),
    ).toEqual([]);
  });
});

describe('template variables', () => {
  it('finds customer fields nobody defined, once per step even when two templates read them', () => {
    const context = contextWith(
      template(
        'tpl-welcome',
        'email',
        ['customer.first_name', 'customer.nickname', 'customer["shoe size"]'],
        'Welcome',
      ),
      template('tpl-welcome-sms', 'sms', ['customer.nickname'], 'Welcome SMS'),
    );
    const warnings = ofCode(validateJourney(cleanJourney(), context), 'UNDEFINED_VARIABLE');
    expect(warnings.map((diagnostic) => [diagnostic.nodeId, diagnostic.path, diagnostic.severity])).toEqual([
      ['welcome', 'nodes[1].config.templateId', 'warning'],
      ['welcome', 'nodes[1].config.templateId', 'warning'],
    ]);
    expect(warnings[0]?.message).toBe(
      'The template "Welcome" of "Welcome email" uses {{ customer.nickname }}, which nothing in this journey provides, so it would render empty.',
    );
    expect(warnings[0]?.hint).toContain('Add a customer field "nickname"');
    expect(warnings[1]?.message).toContain('{{ customer["shoe size"] }}');
  });

  it('knows only built-in fields when the context has no fields', () => {
    const context = { templates: cleanContext().templates };
    const warnings = ofCode(validateJourney(cleanJourney(), context), 'UNDEFINED_VARIABLE');
    expect(warnings.map((diagnostic) => diagnostic.message.match(/\{\{ (.*) \}\}/)?.[1])).toEqual([
      'customer.first_name',
    ]);
  });

  it('accepts event and order data only when contacts enter on an event', () => {
    const reads = template('tpl-welcome', 'email', ['event.properties.cart_url', 'order.items[0].name'], 'Welcome');
    const fromFilter = ofCode(validateJourney(cleanJourney(), contextWith(reads)), 'UNDEFINED_VARIABLE');
    expect(fromFilter).toHaveLength(2);
    expect(fromFilter[0]?.hint).toContain('only there when the journey starts on an event');

    const onEvent = withConfig(cleanJourney(), 'start', 'entry', {
      audience: { type: 'customEvent', eventName: 'cart_abandoned', propertyRules: [] },
    });
    expect(ofCode(validateJourney(onEvent, contextWith(reads)), 'UNDEFINED_VARIABLE')).toEqual([]);
    const onOrder = withConfig(cleanJourney(), 'start', 'entry', {
      audience: { type: 'orderEvent', packageId: 'order-lifecycle', eventKey: 'shipped' },
    });
    expect(ofCode(validateJourney(onOrder, contextWith(reads)), 'UNDEFINED_VARIABLE')).toEqual([]);
  });

  it('takes any journey state entry as provided (it is set where the journey runs), but not journey data otherwise', () => {
    const reads = template('tpl-welcome', 'email', ['journey.state.code', 'journey.state', 'journey.name'], 'Welcome');
    const warnings = ofCode(validateJourney(cleanJourney(), contextWith(reads)), 'UNDEFINED_VARIABLE');
    expect(warnings.map((diagnostic) => diagnostic.message.match(/\{\{ (.*) \}\}/)?.[1])).toEqual([
      'journey.state',
      'journey.name',
    ]);
  });

  it("takes the message's own variables as providing their names and what lies beneath", () => {
    const reads = template('tpl-welcome', 'email', ['coupon.code', 'discount', 'coupons'], 'Welcome');
    const journey = withConfig(cleanJourney(), 'welcome', 'message', {
      variables: { coupon: 'event.properties.coupon', discount: '10%' },
    });
    const warnings = ofCode(validateJourney(journey, contextWith(reads)), 'UNDEFINED_VARIABLE');
    expect(warnings.map((diagnostic) => diagnostic.message.match(/\{\{ (.*) \}\}/)?.[1])).toEqual(['coupons']);
  });

  it('lets an email read its own subject and preheader, which other channels do not have', () => {
    const context = contextWith(
      template('tpl-welcome', 'email', ['preheader', 'subject'], 'Welcome'),
      template('tpl-welcome-sms', 'sms', ['subject'], 'Welcome SMS'),
    );
    const warnings = ofCode(validateJourney(cleanJourney(), context), 'UNDEFINED_VARIABLE');
    expect(warnings.map((diagnostic) => [diagnostic.path, diagnostic.message.match(/\{\{ (.*) \}\}/)?.[1]])).toEqual([
      ['nodes[1].config.fallbacks[0].templateId', 'subject'],
    ]);
  });
});
