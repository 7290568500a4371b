import { describe, it, expect } from 'vitest';
import {
  checkChannelLimits,
  scanTelegramMarkdownV2,
  TELEGRAM_HTML_TAGS,
  type RenderDiagnostic,
} from '../../../../shared/templates/index';

const html = (text: string, extra: Record<string, unknown> = {}) =>
  checkChannelLimits('telegram', { text, parseMode: 'HTML', buttons: [], ...extra });
const md = (text: string) => checkChannelLimits('telegram', { text, parseMode: 'MarkdownV2', buttons: [] });
const summary = (diagnostics: RenderDiagnostic[]) =>
  diagnostics.map((d) => ({ severity: d.severity, message: d.message, line: d.line, column: d.column }));

describe('telegram: text length and buttons', () => {
  it('refuses an empty message', () => {
    expect(html(' ')).toEqual([
      expect.objectContaining({ severity: 'error', field: 'text', message: expect.stringContaining('empty') }),
    ]);
  });

  it('accepts 4096 characters and refuses 4097', () => {
    expect(html('x'.repeat(4096))).toEqual([]);
    expect(html('x'.repeat(4097))).toEqual([
      {
        severity: 'error',
        source: 'limit',
        field: 'text',
        message: 'The text is 4097 characters after formatting; the limit is 4096.',
      },
    ]);
  });

  it('counts the text after formatting: tags do not count, entities count one', () => {
    expect(html(`<b>${'x'.repeat(4095)}</b>&amp;`)).toEqual([]);
    expect(md(`*${'x'.repeat(4095)}*\\.`)).toEqual([]);
    expect(md(`${'x'.repeat(4096)}\\.`)[0]?.message).toContain('4097 characters');
  });

  it('accepts 8 buttons and refuses 9', () => {
    const button = { text: 'Open', url: 'https://example.com' };
    expect(html('Hi', { buttons: Array.from({ length: 8 }, () => button) })).toEqual([]);
    expect(html('Hi', { buttons: Array.from({ length: 9 }, () => button) })).toEqual([
      { severity: 'error', source: 'limit', field: 'buttons', message: 'Buttons: 9; the limit is 8.' },
    ]);
  });

  it('requires http(s) or tg:// URLs and text on buttons', () => {
    expect(
      html('Hi', {
        buttons: [
          { text: 'Chat', url: 'tg://resolve?domain=examplebot' },
          { text: 'Web', url: 'http://example.com' },
        ],
      }),
    ).toEqual([]);
    expect(
      html('Hi', {
        buttons: [
          { text: 'Mail', url: 'mailto:a@example.com' },
          { text: '', url: 'https://example.com' },
        ],
      }).map((d) => d.field),
    ).toEqual(['buttons[0].url', 'buttons[1].text']);
  });
});

describe('telegram HTML mode', () => {
  it('accepts every supported tag', () => {
    const text =
      '<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>i</ins><s>s</s><strike>s</strike><del>d</del>' +
      '<a href="https://example.com/?a=1&amp;b=2">link</a><code>c</code><pre><code class="language-js">x</code></pre>' +
      '<span class="tg-spoiler">sp</span><tg-spoiler>sp</tg-spoiler><blockquote expandable>q</blockquote>' +
      '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> &lt;3 &gt; &quot; &#39; &#x1F600;';
    expect(html(text)).toEqual([]);
    expect(TELEGRAM_HTML_TAGS).toContain('blockquote');
  });

  it('refuses an unsupported tag, naming it, once', () => {
    const result = summary(html('Hi<div>a</div>\n<div>b</div><br/>'));
    expect(result).toEqual([
      {
        severity: 'error',
        message: expect.stringMatching(/^<div> is not supported by Telegram; allowed tags: b, strong/),
        line: 1,
        column: 3,
      },
      { severity: 'error', message: expect.stringMatching(/^<br> is not supported/), line: 2, column: 13 },
    ]);
  });

  it('refuses a tag left open', () => {
    expect(summary(html('Hello <b>world'))).toEqual([
      { severity: 'error', message: '<b> is never closed.', line: 1, column: 7 },
    ]);
  });

  it('refuses a closing tag without an opening one', () => {
    expect(summary(html('Hello</i>'))).toEqual([
      { severity: 'error', message: '</i> has no matching <i>.', line: 1, column: 6 },
    ]);
  });

  it('refuses overlapping tags', () => {
    expect(summary(html('<b>bold <i>both</b> italic</i>'))).toEqual([
      { severity: 'error', message: '</b> closes <b> while <i> inside it is still open.', line: 1, column: 16 },
      { severity: 'error', message: '</i> has no matching <i>.', line: 1, column: 27 },
    ]);
  });

  it('refuses a literal "<" from data', () => {
    expect(summary(html('Price < 5'))).toEqual([
      { severity: 'error', message: 'A "<" that does not start a tag must be written as &lt;.', line: 1, column: 7 },
    ]);
  });

  it('warns about a bare "&"', () => {
    expect(summary(html('Tom & Jerry'))).toEqual([
      {
        severity: 'warning',
        message: 'A "&" that does not start an entity should be written as &amp;.',
        line: 1,
        column: 5,
      },
    ]);
  });

  it('requires href on links, the spoiler class on span and an id on tg-emoji', () => {
    expect(html('<a>x</a>')[0]?.message).toBe('<a> needs an href attribute.');
    expect(html('<span class="red">x</span>')[0]?.message).toBe(
      '<span> is only supported as <span class="tg-spoiler">.',
    );
    expect(html('<tg-emoji>👍</tg-emoji>')[0]?.message).toBe('<tg-emoji> needs an emoji-id attribute.');
  });

  it('is case-insensitive about tag names', () => {
    expect(html('<B>x</B>')).toEqual([]);
  });
});

describe('telegram MarkdownV2 mode', () => {
  it.each([
    '*bold* _italic_ __underline__ ~strike~ ||spoiler||',
    'Order A\\-1001 is on its way\\! Total: 5\\.00 €',
    '[Track](https://example.com/track?id=1) and ![👍](tg://emoji?id=5368324170671202286)',
    '`code with . and !` and ```\npre block: a.b(c) = 1!\n```',
    '>a quote line\n>second line',
    '*bold _italic bold_ bold*',
    'escaped \\_ \\* \\[ \\] \\( \\) \\~ \\` \\> \\# \\+ \\- \\= \\| \\{ \\} \\. \\! \\\\',
    '[link with \\) in url](https://example.com/a\\)b)',
  ])('accepts %j', (text) => {
    expect(md(text)).toEqual([]);
  });

  it.each([
    ['Thanks.', '.', 7],
    ['Hello!', '!', 6],
    ['Call 555-1234', '-', 9],
    ['a + b', '+', 3],
    ['x = 1', '=', 3],
    ['Tags: #sale', '#', 7],
    ['Total (incl. VAT)', '(', 7],
    ['a | b', '|', 3],
    ['{x}', '{', 1],
    ['a > b', '>', 3],
  ])('reports the first unescaped reserved character in %j', (text, character, column) => {
    expect(summary(md(text))).toEqual([
      {
        severity: 'error',
        message: `Character "${character}" must be escaped as "\\${character}" in MarkdownV2.`,
        line: 1,
        column,
      },
    ]);
  });

  it('reports only the first problem, on its line', () => {
    expect(summary(md('Hi *Anna*\nYour order A-1 has shipped. Thanks!'))).toEqual([
      { severity: 'error', message: 'Character "-" must be escaped as "\\-" in MarkdownV2.', line: 2, column: 13 },
    ]);
  });

  it('reports an entity that is never closed', () => {
    expect(summary(md('Hello *world'))).toEqual([
      { severity: 'error', message: 'The bold entity opened with "*" is never closed.', line: 1, column: 7 },
    ]);
    expect(md('__u')[0]?.message).toBe('The underline entity opened with "__" is never closed.');
    expect(md('`code')[0]?.message).toBe('The code opened with ` is never closed.');
  });

  it('reports brackets that are not a link', () => {
    expect(md('[note] here')[0]).toMatchObject({
      column: 1,
      message: expect.stringContaining('must be followed by "(url)"'),
    });
    expect(md('[text](https://example.com')[0]?.message).toContain('never closed with ")"');
    expect(md('a ] b')[0]?.message).toBe('Character "]" must be escaped as "\\]" in MarkdownV2.');
  });

  it('reports a trailing backslash', () => {
    expect(md('end\\')[0]).toMatchObject({ column: 4 });
  });

  it('exposes the scan with the visible length', () => {
    expect(scanTelegramMarkdownV2('*ab* \\. [cd](https://x.y)')).toEqual({ problems: [], visibleLength: 7 });
  });
});
