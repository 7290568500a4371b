import { describe, it, expect } from 'vitest';
import { messageNodeKind } from '../../../../shared/model/nodes/message';
import type { MessageConfig } from '../../../../shared/model/nodes/message';
import { issuesOf } from '../issues-of';

const { config: schema } = messageNodeKind;

function message(overrides: Partial<MessageConfig>): MessageConfig {
  return { ...messageNodeKind.defaults(), ...overrides };
}

describe('message node kind', () => {
  it('defaults to an email with no template chosen yet, which is still a valid draft', () => {
    expect(schema.parse(messageNodeKind.defaults())).toEqual({
      channel: 'email',
      templateId: null,
      variables: {},
      fallbacks: [],
    });
  });

  it('has a single "next" output whatever the channel', () => {
    expect(messageNodeKind.outputs(message({ channel: 'whatsapp' }))).toEqual([{ id: 'next', label: 'Next' }]);
  });

  it('summarises the channel route and flags a missing template', () => {
    expect(messageNodeKind.summary(message({}))).toBe('Email · no template');
    expect(
      messageNodeKind.summary(
        message({
          channel: 'whatsapp',
          templateId: 'tpl_wa',
          fallbacks: [
            { channel: 'sms', templateId: null },
            { channel: 'email', templateId: 'tpl_mail' },
          ],
        }),
      ),
    ).toBe('WhatsApp → SMS → Email');
  });

  it('keeps fallbacks in order and variable mappings as given', () => {
    const config = message({
      channel: 'whatsapp',
      templateId: 'tpl_wa',
      variables: { '1': 'customer.firstName', tracking_url: 'order.trackingUrl' },
      fallbacks: [
        { channel: 'sms', templateId: 'tpl_sms' },
        { channel: 'telegram', templateId: null },
      ],
    });
    expect(schema.parse(config)).toEqual(config);
  });

  it('rejects an unknown channel, naming the allowed ones', () => {
    const [issue, ...rest] = issuesOf(schema, message({ fallbacks: [{ channel: 'fax' as never, templateId: null }] }));
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('fallbacks[0].channel');
    expect(issue?.message).toContain('"whatsapp"');
  });

  it('rejects an empty-string template id: "not chosen" is null', () => {
    expect(issuesOf(schema, message({ templateId: '' }))).toEqual([
      { path: 'templateId', message: expect.stringContaining('>=1') },
    ]);
  });

  it('rejects non-string variable expressions at the variable that holds one', () => {
    expect(issuesOf(schema, { ...message({}), variables: { 'customer.name': 42 } })).toEqual([
      { path: 'variables["customer.name"]', message: 'Invalid input: expected string, received number' },
    ]);
  });
});
