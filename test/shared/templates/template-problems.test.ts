import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '../../../shared/model/index';
import { defaultContent, templateProblems } from '../../../shared/templates/index';

describe('templateProblems', () => {
  it('names an empty SMS body as the template page does', () => {
    expect(templateProblems({ channel: 'sms', content: { body: '', senderId: 'SHOP' } })).toEqual([
      'The SMS body is empty.',
    ]);
    expect(templateProblems({ channel: 'sms', content: { body: '  \n', senderId: '' } })).toEqual([
      'The SMS body is empty.',
    ]);
  });

  it('finds nothing in a complete template', () => {
    expect(
      templateProblems({ channel: 'sms', content: { body: 'Shipped, {{ customer.first_name }}!', senderId: 'SHOP' } }),
    ).toEqual([]);
  });

  it('reports Liquid that does not parse, naming the field', () => {
    const [problem, ...rest] = templateProblems({
      channel: 'sms',
      content: { body: 'Hi {{ customer.first_name', senderId: '' },
    });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^body: /);
  });

  it('leaves limits on fields with Liquid to the render: their length depends on the contact', () => {
    // Far longer than a WhatsApp header once written out, but only the data decides its rendered length.
    const content = {
      ...defaultContent('whatsapp'),
      templateName: 'order_shipped',
      body: 'Shipped',
      headerText: `{{ customer.first_name }}${'x'.repeat(55)}`,
    };
    expect(templateProblems({ channel: 'whatsapp', content })).toEqual([]);
    expect(templateProblems({ channel: 'whatsapp', content: { ...content, headerText: 'x'.repeat(61) } })).toHaveLength(
      1,
    );
  });

  it('knows an empty WhatsApp parameter in advance but not what an expression renders to', () => {
    const content = { ...defaultContent('whatsapp'), templateName: 'order_shipped', body: 'Track {{1}}' };
    expect(
      templateProblems({ channel: 'whatsapp', content: { ...content, parameters: { '1': 'order.url' } } }),
    ).toEqual([]);
    expect(templateProblems({ channel: 'whatsapp', content: { ...content, parameters: { '1': ' ' } } })).toEqual([
      '{{1}} renders empty; WhatsApp rejects empty parameters.',
    ]);
  });

  it('runs on every channel and returns only strings', () => {
    for (const channel of CHANNEL_IDS) {
      const problems = templateProblems({ channel, content: defaultContent(channel) });
      for (const problem of problems) expect(typeof problem).toBe('string');
    }
  });
});
