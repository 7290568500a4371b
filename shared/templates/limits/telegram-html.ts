/**
 * Checks text for Telegram's HTML parse mode, which accepts a small fixed set of tags and fails the
 * whole message ("Can't parse entities") on anything else — so a stray "<" from customer data or a
 * <div> pasted from an email must be caught before sending.
 * https://core.telegram.org/bots/api#html-style
 */

/** Tags Telegram accepts. tg-emoji (custom emoji) is accepted too, as Telegram does. */
export const TELEGRAM_HTML_TAGS = [
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'a',
  'code',
  'pre',
  'span',
  'tg-spoiler',
  'blockquote',
  'tg-emoji',
] as const;
const ALLOWED = new Set<string>(TELEGRAM_HTML_TAGS);

export interface MarkupProblem {
  severity: 'error' | 'warning';
  /** UTF-16 offset of the problem in the text. */
  index: number;
  message: string;
}

export interface MarkupScan {
  problems: MarkupProblem[];
  /** Characters left once tags are removed and entities decoded: what Telegram's length limit counts. */
  visibleLength: number;
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([A-Za-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ENTITY = /&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9A-Fa-f]+);/y;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function attributeProblem(name: string, attributes: Map<string, string>): string | null {
  if (name === 'a' && !attributes.get('href')) return '<a> needs an href attribute.';
  if (name === 'span' && attributes.get('class') !== 'tg-spoiler')
    return '<span> is only supported as <span class="tg-spoiler">.';
  if (name === 'tg-emoji' && !attributes.get('emoji-id')) return '<tg-emoji> needs an emoji-id attribute.';
  return null;
}

export function scanTelegramHtml(text: string): MarkupScan {
  const problems: MarkupProblem[] = [];
  const open: { name: string; index: number }[] = [];
  const reportedTags = new Set<string>();
  let visibleLength = 0;
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    if (character === '<') {
      TAG.lastIndex = index;
      const tag = TAG.exec(text);
      if (!tag) {
        problems.push({
          severity: 'error',
          index,
          message: 'A "<" that does not start a tag must be written as &lt;.',
        });
        index += 1;
        visibleLength += 1;
        continue;
      }
      const [source, slash, rawName, attributeSource] = tag;
      const name = rawName!.toLowerCase();
      index += source.length;
      if (!ALLOWED.has(name)) {
        // One error per tag name: its closing tag and repeats would only repeat the same message.
        if (!reportedTags.has(name)) {
          reportedTags.add(name);
          problems.push({
            severity: 'error',
            index: tag.index,
            message: `<${name}> is not supported by Telegram; allowed tags: ${TELEGRAM_HTML_TAGS.join(', ')}.`,
          });
        }
        continue;
      }
      if (slash === '/') {
        closeTag(name, tag.index, open, problems);
        continue;
      }
      const attributeError = attributeProblem(name, attributesOf(attributeSource ?? ''));
      if (attributeError) problems.push({ severity: 'error', index: tag.index, message: attributeError });
      open.push({ name, index: tag.index });
      continue;
    }
    if (character === '&') {
      ENTITY.lastIndex = index;
      const entity = ENTITY.exec(text);
      if (entity) {
        index += entity[0].length;
        visibleLength += 1;
        continue;
      }
      problems.push({
        severity: 'warning',
        index,
        message: 'A "&" that does not start an entity should be written as &amp;.',
      });
    }
    const codePoint = text.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    visibleLength += 1;
  }
  for (const unclosed of open) {
    problems.push({ severity: 'error', index: unclosed.index, message: `<${unclosed.name}> is never closed.` });
  }
  problems.sort((a, b) => a.index - b.index);
  return { problems, visibleLength };
}

function closeTag(
  name: string,
  index: number,
  open: { name: string; index: number }[],
  problems: MarkupProblem[],
): void {
  const depth = open.map((tag) => tag.name).lastIndexOf(name);
  if (depth === -1) {
    problems.push({ severity: 'error', index, message: `</${name}> has no matching <${name}>.` });
    return;
  }
  const inner = open[open.length - 1]!;
  if (depth !== open.length - 1) {
    problems.push({
      severity: 'error',
      index,
      message: `</${name}> closes <${name}> while <${inner.name}> inside it is still open.`,
    });
  }
  open.splice(depth);
}
