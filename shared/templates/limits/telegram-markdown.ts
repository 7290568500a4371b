import type { MarkupProblem, MarkupScan } from './telegram-html';

/**
 * Checks text for Telegram's MarkdownV2 parse mode, where these characters are markup and must be
 * escaped with "\" wherever they are meant literally — a "." or "!" in plain text is enough to make
 * Telegram refuse the message. https://core.telegram.org/bots/api#markdownv2-style
 */
export const MARKDOWN_V2_RESERVED = '_*[]()~`>#+-=|{}.!';

// Entity delimiters that open and close the same way.
const TOGGLES = [
  { marker: '||', name: 'spoiler' },
  { marker: '__', name: 'underline' },
  { marker: '*', name: 'bold' },
  { marker: '_', name: 'italic' },
  { marker: '~', name: 'strikethrough' },
] as const;

/**
 * Returns the FIRST problem only, as Telegram does: an unescaped reserved character outside an
 * entity, an entity never closed, or a "[text]" not followed by "(url)".
 */
export function scanTelegramMarkdownV2(text: string): MarkupScan {
  const open = new Map<string, number>();
  let linkStart: number | null = null;
  let visibleLength = 0;
  let index = 0;
  const fail = (problem: Omit<MarkupProblem, 'severity'>): MarkupScan => ({
    problems: [{ severity: 'error', ...problem }],
    visibleLength,
  });

  while (index < text.length) {
    const character = text[index]!;
    const atLineStart = index === 0 || text[index - 1] === '\n';

    if (character === '\\') {
      if (index + 1 >= text.length)
        return fail({ index, message: 'A "\\" at the end must itself be escaped as "\\\\".' });
      index += 2;
      visibleLength += 1;
      continue;
    }
    if (character === '`') {
      // Inside code and pre only "`" and "\" are special, so the whole span is skipped.
      const fence = text.startsWith('```', index) ? '```' : '`';
      const end = findUnescaped(text, fence, index + fence.length);
      if (end === -1)
        return fail({
          index,
          message: `The ${fence === '```' ? 'pre block' : 'code'} opened with ${fence} is never closed.`,
        });
      visibleLength += end - index - fence.length;
      index = end + fence.length;
      continue;
    }
    const toggle = TOGGLES.find(({ marker }) => text.startsWith(marker, index));
    if (toggle) {
      if (open.has(toggle.marker)) open.delete(toggle.marker);
      else open.set(toggle.marker, index);
      index += toggle.marker.length;
      continue;
    }
    if (character === '>' && atLineStart) {
      index += 1; // a blockquote line
      continue;
    }
    if (character === '!' && text[index + 1] === '[') {
      index += 1; // ![emoji](tg://emoji?id=…): a custom emoji, written like a link
      continue;
    }
    if (character === '[') {
      if (linkStart !== null) return fail({ index, message: 'Character "[" must be escaped as "\\[" in MarkdownV2.' });
      linkStart = index;
      index += 1;
      continue;
    }
    if (character === ']' && linkStart !== null) {
      if (text[index + 1] !== '(') {
        return fail({
          index: linkStart,
          message:
            '"[…]" must be followed by "(url)" to make a link; otherwise escape the brackets as "\\[" and "\\]".',
        });
      }
      const end = findUnescaped(text, ')', index + 2);
      if (end === -1)
        return fail({ index: index + 1, message: 'The link URL opened with "(" is never closed with ")".' });
      linkStart = null;
      index = end + 1;
      continue;
    }
    if (MARKDOWN_V2_RESERVED.includes(character)) {
      return fail({ index, message: `Character "${character}" must be escaped as "\\${character}" in MarkdownV2.` });
    }
    const codePoint = text.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    visibleLength += 1;
  }

  if (linkStart !== null)
    return fail({ index: linkStart, message: 'The link text opened with "[" is never closed with "]".' });
  const unclosed = [...open.entries()].sort((a, b) => a[1] - b[1])[0];
  if (unclosed) {
    const [marker, at] = unclosed;
    const name = TOGGLES.find((toggle) => toggle.marker === marker)!.name;
    return fail({ index: at, message: `The ${name} entity opened with "${marker}" is never closed.` });
  }
  return { problems: [], visibleLength };
}

/** Index of the next `needle` not preceded by an escaping "\", or -1. */
function findUnescaped(text: string, needle: string, from: number): number {
  let index = from;
  while (index < text.length) {
    if (text[index] === '\\') {
      index += 2;
      continue;
    }
    if (text.startsWith(needle, index)) return index;
    index += 1;
  }
  return -1;
}
