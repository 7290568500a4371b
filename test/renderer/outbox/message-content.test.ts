import { describe, expect, it } from 'vitest';
import { contentFromOutput, linksIn } from '../../../renderer/src/outbox/message-content';

describe('linksIn', () => {
  it('finds email hrefs (entities decoded) and URLs in text fields, once each and in order', () => {
    const output = {
      subject: 'See https://shop.example.com/sale.',
      html: '<a href="https://shop.example.com/a?x=1&amp;y=2">A</a> <a href=\'mailto:x@example.com\'>mail</a> <a class="b" href="http://shop.example.com/b">B</a>',
      text: 'A: https://shop.example.com/a?x=1&y=2',
      buttons: [{ text: 'Go', url: 'https://shop.example.com/go' }],
    };
    expect(linksIn(output)).toEqual([
      'https://shop.example.com/a?x=1&y=2',
      'http://shop.example.com/b',
      'https://shop.example.com/sale',
      'https://shop.example.com/go',
    ]);
  });

  it('answers nothing for a message without web links', () => {
    expect(linksIn({ body: 'Call us on 0800 123', html: '<a href="#top">Top</a>' })).toEqual([]);
  });
});

describe('contentFromOutput', () => {
  it('lays rendered fields of the same name and type over the channel defaults', () => {
    const wallet = contentFromOutput('wallet', { title: 'Gold', passType: 'coupon', fields: 'not a list', extra: 1 });
    expect(wallet.title).toBe('Gold');
    expect(wallet.passType).toBe('coupon');
    expect(Array.isArray(wallet.fields)).toBe(true);
    expect('extra' in wallet).toBe(false);
  });
});
