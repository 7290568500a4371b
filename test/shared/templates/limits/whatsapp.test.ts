import { describe, it, expect } from 'vitest';
import { checkChannelLimits, whatsappParameters, type RenderDiagnostic } from '../../../../shared/templates/index';

const base = {
  templateName: 'order_shipped_v2',
  language: 'en',
  headerText: 'Your order',
  body: 'Hi {{1}}, order {{2}} has shipped.',
  footer: 'Example Store',
  buttons: [],
  parameters: { '1': 'Anna', '2': 'A-1001' },
};
const check = (output: Record<string, unknown>) => checkChannelLimits('whatsapp', { ...base, ...output });
const fields = (diagnostics: RenderDiagnostic[]) => diagnostics.map((d) => `${d.severity}:${d.field}`);

describe('whatsappParameters', () => {
  it('lists the numbered placeholders ascending, once each', () => {
    expect(whatsappParameters('{{2}} and {{1}}, again {{2}}; {{10}}')).toEqual([1, 2, 10]);
  });

  it('tolerates spaces inside the braces', () => {
    expect(whatsappParameters('Hi {{ 1 }}')).toEqual([1]);
  });

  it('ignores Liquid variables and text', () => {
    expect(whatsappParameters('Hi {{ customer.first_name }}, {1}, {{x}}')).toEqual([]);
  });
});

describe('whatsapp limits', () => {
  it('accepts a valid template', () => {
    expect(check({})).toEqual([]);
  });

  it.each([
    ['headerText', 60, 'The header text is 61 characters; the limit is 60.'],
    ['body', 1024, 'The body is 1025 characters; the limit is 1024.'],
    ['footer', 60, 'The footer is 61 characters; the limit is 60.'],
  ])('%s: accepts %i characters and refuses one more', (field, limit, message) => {
    // Plain text: a body without placeholders needs no parameters.
    const parameters = field === 'body' ? {} : base.parameters;
    expect(check({ [field]: 'x'.repeat(limit), parameters })).toEqual([]);
    expect(check({ [field]: 'x'.repeat(limit + 1), parameters })).toEqual([
      { severity: 'error', source: 'limit', field, message },
    ]);
  });

  it('refuses an empty body', () => {
    expect(fields(check({ body: ' ', parameters: {} }))).toEqual(['error:body']);
  });

  it('refuses a missing or malformed template name', () => {
    expect(fields(check({ templateName: '' }))).toEqual(['error:templateName']);
    expect(check({ templateName: 'Order Shipped' })[0]?.message).toContain(
      '"Order Shipped" is not a WhatsApp template name',
    );
  });

  describe('buttons', () => {
    const quick = (text = 'OK') => ({ type: 'quickReply', text });
    const url = (n: number) => ({ type: 'url', text: `Link ${n}`, url: `https://example.com/${n}` });
    const phone = { type: 'phone', text: 'Call us', phone: '+33123456789' };

    it('accepts 10 buttons with 2 URL buttons and 1 phone button', () => {
      expect(check({ buttons: [url(1), url(2), phone, ...Array.from({ length: 7 }, () => quick())] })).toEqual([]);
    });

    it('refuses an 11th button', () => {
      expect(check({ buttons: Array.from({ length: 11 }, () => quick()) })).toEqual([
        { severity: 'error', source: 'limit', field: 'buttons', message: 'Buttons: 11; the limit is 10.' },
      ]);
    });

    it('refuses a third URL button', () => {
      expect(check({ buttons: [url(1), url(2), url(3)] })).toEqual([
        { severity: 'error', source: 'limit', field: 'buttons', message: 'URL buttons: 3; the limit is 2.' },
      ]);
    });

    it('refuses a second phone button', () => {
      expect(check({ buttons: [phone, phone] })[0]?.message).toBe('Phone buttons: 2; the limit is 1.');
    });

    it('accepts button text of 25 characters and refuses 26', () => {
      expect(check({ buttons: [quick('x'.repeat(25))] })).toEqual([]);
      expect(check({ buttons: [quick('ok'), quick('x'.repeat(26))] })).toEqual([
        {
          severity: 'error',
          source: 'limit',
          field: 'buttons[1].text',
          message: 'The text of button 2 is 26 characters; the limit is 25.',
        },
      ]);
    });

    it('refuses a button without text', () => {
      expect(fields(check({ buttons: [quick('')] }))).toEqual(['error:buttons[0].text']);
    });

    it('requires an http(s) URL on URL buttons, allowing a trailing {{1}}', () => {
      expect(check({ buttons: [{ type: 'url', text: 'Track', url: 'https://track.example.com/{{1}}' }] })).toEqual([]);
      expect(fields(check({ buttons: [{ type: 'url', text: 'Track', url: 'track/123' }] }))).toEqual([
        'error:buttons[0].url',
      ]);
      expect(fields(check({ buttons: [{ type: 'url', text: 'Track' }] }))).toEqual(['error:buttons[0].url']);
    });

    it('requires an international phone number on phone buttons', () => {
      expect(fields(check({ buttons: [{ type: 'phone', text: 'Call', phone: '0123456789' }] }))).toEqual([
        'error:buttons[0].phone',
      ]);
    });
  });

  describe('numbered parameters', () => {
    it('refuses a gap in the numbering, naming the missing number', () => {
      expect(check({ body: 'Hi {{1}}, order {{3}}', parameters: { '1': 'Anna', '3': 'A-1' } })).toEqual([
        {
          severity: 'error',
          source: 'limit',
          field: 'body',
          message: 'The body uses {{1}}, {{3}} but not {{2}}: parameters must be numbered from {{1}} without gaps.',
        },
      ]);
    });

    it('refuses numbering that does not start at 1', () => {
      expect(check({ body: 'Order {{2}}', parameters: { '2': 'A-1' } })[0]?.message).toContain('but not {{1}}');
    });

    it('refuses a placeholder with no value in parameters', () => {
      expect(check({ parameters: { '1': 'Anna' } })).toEqual([
        {
          severity: 'error',
          source: 'limit',
          field: 'parameters.2',
          message: '{{2}} in the body has no value in parameters.',
        },
      ]);
    });

    it('refuses a parameter that renders empty', () => {
      expect(fields(check({ parameters: { '1': '', '2': 'A-1' } }))).toEqual(['error:parameters.1']);
    });

    it('refuses a parameter value with a line break, a tab or five spaces', () => {
      for (const value of ['a\nb', 'a\tb', 'a     b']) {
        expect(fields(check({ parameters: { '1': value, '2': 'A-1' } }))).toEqual(['error:parameters.1']);
      }
      expect(check({ parameters: { '1': 'a    b', '2': 'A-1' } })).toEqual([]);
    });

    it('warns about a parameter the body does not use', () => {
      expect(check({ parameters: { '1': 'Anna', '2': 'A-1', '3': 'extra' } })).toEqual([
        {
          severity: 'warning',
          source: 'limit',
          field: 'parameters.3',
          message: 'Parameter 3 has a value but the body does not use {{3}}.',
        },
      ]);
    });
  });
});
