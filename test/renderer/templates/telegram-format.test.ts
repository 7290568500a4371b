import { describe, expect, it } from 'vitest';
import { parseTelegramHtml, parseTelegramMarkdown } from '../../../renderer/src/templates/previews/telegram-format';

describe('Telegram formatting', () => {
  it('turns the supported HTML tags into a tree, decoding entities', () => {
    expect(parseTelegramHtml('Hi <b>Ada &amp; co</b>, <a href="https://x.test">track</a>').nodes).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'bold', children: [{ kind: 'text', text: 'Ada & co' }] },
      { kind: 'text', text: ', ' },
      { kind: 'link', href: 'https://x.test', children: [{ kind: 'text', text: 'track' }] },
    ]);
  });

  it('shows unsupported markup as text and says Telegram would refuse it', () => {
    const parsed = parseTelegramHtml('<script>alert(1)</script><img src=x onerror=y>');
    expect(parsed.nodes.every((node) => node.kind === 'text')).toBe(true);
    expect(parsed.nodes.map((node) => (node.kind === 'text' ? node.text : '')).join('')).toBe(
      '<script>alert(1)</script><img src=x onerror=y>',
    );
    expect(parsed.problems).toContain('Telegram does not support the tag <script>.');
  });

  it('reports unclosed and stray tags', () => {
    expect(parseTelegramHtml('<b>bold').problems).toEqual(['<b> is never closed.']);
    expect(parseTelegramHtml('x</i>').problems).toEqual(['</i> closes a tag that is not open.']);
    expect(parseTelegramHtml('<span class="tg-spoiler">s</span>').nodes).toEqual([
      { kind: 'spoiler', children: [{ kind: 'text', text: 's' }] },
    ]);
  });

  it('reads MarkdownV2 marks, links and escapes', () => {
    expect(parseTelegramMarkdown('*Hi* _there_ `c\\`` [go](https://x.test) 1\\.5').nodes).toEqual([
      { kind: 'bold', children: [{ kind: 'text', text: 'Hi' }] },
      { kind: 'text', text: ' ' },
      { kind: 'italic', children: [{ kind: 'text', text: 'there' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', children: [{ kind: 'text', text: 'c`' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'https://x.test', children: [{ kind: 'text', text: 'go' }] },
      { kind: 'text', text: ' 1.5' },
    ]);
  });

  it('flags reserved characters left unescaped in MarkdownV2', () => {
    expect(parseTelegramMarkdown('Total: 5.00!').problems).toEqual([
      '“.” must be escaped as “\\.” in MarkdownV2.',
      '“!” must be escaped as “\\!” in MarkdownV2.',
    ]);
  });
});
