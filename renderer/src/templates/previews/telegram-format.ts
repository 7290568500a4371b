/**
 * Telegram's formatted text as a small tree the preview turns into React elements: the HTML is
 * never injected, and anything Telegram would not format is shown as the text it is.
 */
export type TgStyle = 'bold' | 'italic' | 'underline' | 'strike' | 'spoiler' | 'code' | 'pre' | 'blockquote';
export type TgNode =
  | { kind: 'text'; text: string }
  | { kind: TgStyle; children: TgNode[] }
  | { kind: 'link'; href: string; children: TgNode[] };

export interface TgParse {
  nodes: TgNode[];
  /** Markup Telegram would refuse ("Unsupported start tag"), in words. */
  problems: string[];
}

const HTML_TAGS: Record<string, TgStyle | 'link'> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  'tg-spoiler': 'spoiler',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  a: 'link',
};

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Open {
  tag: string;
  node: { kind: TgStyle; children: TgNode[] } | { kind: 'link'; href: string; children: TgNode[] };
}

export function parseTelegramHtml(source: string): TgParse {
  const root: TgNode[] = [];
  const stack: Open[] = [];
  const problems: string[] = [];
  const children = () => stack[stack.length - 1]?.node.children ?? root;
  const pushText = (text: string) => {
    if (text) children().push({ kind: 'text', text });
  };
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g;
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    pushText(decodeEntities(source.slice(last, match.index)));
    last = match.index + match[0].length;
    const [whole, closing, rawName, attributes = ''] = match;
    const name = rawName!.toLowerCase();
    // <span class="tg-spoiler"> is the other spelling of a spoiler.
    const kind = name === 'span' && /class\s*=\s*["']tg-spoiler["']/.test(attributes) ? 'spoiler' : HTML_TAGS[name];
    if (!kind && !(name === 'span' && closing)) {
      problems.push(`Telegram does not support the tag <${name}>.`);
      pushText(whole);
      continue;
    }
    if (closing) {
      const index = stack.map((open) => open.tag).lastIndexOf(name);
      if (index === -1) {
        problems.push(`</${name}> closes a tag that is not open.`);
        pushText(whole);
        continue;
      }
      if (index !== stack.length - 1)
        problems.push(`<${stack[stack.length - 1]!.tag}> is not closed before </${name}>.`);
      stack.length = index;
      continue;
    }
    const href = /href\s*=\s*"([^"]*)"|href\s*=\s*'([^']*)'/.exec(attributes);
    const node: Open['node'] =
      kind === 'link'
        ? { kind, href: decodeEntities(href?.[1] ?? href?.[2] ?? ''), children: [] }
        : { kind: kind!, children: [] };
    children().push(node);
    stack.push({ tag: name, node });
  }
  pushText(decodeEntities(source.slice(last)));
  for (const open of stack) problems.push(`<${open.tag}> is never closed.`);
  return { nodes: root, problems: [...new Set(problems)] };
}

const MD_MARKS: [string, TgStyle][] = [
  ['```', 'pre'],
  ['||', 'spoiler'],
  ['__', 'underline'],
  ['*', 'bold'],
  ['_', 'italic'],
  ['~', 'strike'],
  ['`', 'code'],
];

/**
 * MarkdownV2 as Telegram reads it: paired marks for styles, [text](url) for links, and a
 * backslash before any reserved character that is meant literally. Unescaped reserved
 * characters are what Telegram rejects most often, so they are reported.
 */
export function parseTelegramMarkdown(source: string): TgParse {
  const problems: string[] = [];
  function parse(from: number, until: string | null): { nodes: TgNode[]; end: number } {
    const nodes: TgNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    let i = from;
    while (i < source.length) {
      if (until !== null && source.startsWith(until, i)) {
        flush();
        return { nodes, end: i + until.length };
      }
      const ch = source[i]!;
      if (ch === '\\' && i + 1 < source.length) {
        text += source[i + 1];
        i += 2;
        continue;
      }
      const mark = MD_MARKS.find(([m]) => source.startsWith(m, i));
      if (mark) {
        const [m, style] = mark;
        if (style === 'code' || style === 'pre') {
          const close = unescapedIndexOf(source, m, i + m.length);
          if (close !== -1) {
            flush();
            const inner = source.slice(i + m.length, close).replace(/\\([`\\])/g, '$1');
            nodes.push({
              kind: style,
              children: [{ kind: 'text', text: style === 'pre' ? inner.replace(/^[a-z0-9]*\n/i, '') : inner }],
            });
            i = close + m.length;
            continue;
          }
        } else {
          flush();
          const inner = parse(i + m.length, m);
          nodes.push({ kind: style, children: inner.nodes });
          i = inner.end;
          continue;
        }
      }
      const link = ch === '[' ? /^\[((?:\\.|[^\]\\])*)\]\(((?:\\.|[^)\\])*)\)/.exec(source.slice(i)) : null;
      if (link) {
        flush();
        const label = parseTelegramMarkdownFragment(link[1]!);
        nodes.push({ kind: 'link', href: link[2]!.replace(/\\(.)/g, '$1'), children: label });
        i += link[0].length;
        continue;
      }
      if ('_*[]()~`>#+-=|{}.!'.includes(ch) && !(ch === '>' && (i === 0 || source[i - 1] === '\n'))) {
        problems.push(`“${ch}” must be escaped as “\\${ch}” in MarkdownV2.`);
      }
      text += ch;
      i += 1;
    }
    flush();
    if (until !== null) problems.push(`“${until}” is opened but never closed.`);
    return { nodes, end: i };
  }
  const { nodes } = parse(0, null);
  return { nodes, problems: [...new Set(problems)] };
}

/** The next `mark` not preceded by a backslash (inside code, "\`" is a literal backtick). */
function unescapedIndexOf(source: string, mark: string, from: number): number {
  for (let i = from; i < source.length; i += 1) {
    if (source[i] === '\\') {
      i += 1;
      continue;
    }
    if (source.startsWith(mark, i)) return i;
  }
  return -1;
}

function parseTelegramMarkdownFragment(text: string): TgNode[] {
  return parseTelegramMarkdown(text).nodes;
}

export function parseTelegramText(text: string, parseMode: 'HTML' | 'MarkdownV2'): TgParse {
  return parseMode === 'HTML' ? parseTelegramHtml(text) : parseTelegramMarkdown(text);
}
