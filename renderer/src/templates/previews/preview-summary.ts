import type { Channel } from '../../../../shared/model/index';
import type { RenderResult } from '../../../../shared/templates/index';
import { readObjects, readRecord, readString } from '../../../../shared/templates/limits/fields';
import { smsCounterLine, ucs2Reason } from '../forms/sms-counter-text';
import { parseTelegramText, type TgNode } from './telegram-format';
import { fillWhatsAppParameters } from './whatsapp-fill';

/** A few lines that say what a rendered message is, for the compact preview on the canvas. */
export interface PreviewSummary {
  heading: string;
  text: string;
  /** A line of facts under the text: the SMS counter, "Valid JSON"… */
  note: string | null;
}

const MAX_LINES = 4;
const MAX_CHARS = 280;

/** The first lines of a text, cut with "…" so the inspector stays compact. */
export function firstLines(text: string, lines = MAX_LINES, chars = MAX_CHARS): string {
  const kept = text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line, index, all) => line !== '' || (index > 0 && all[index - 1] !== ''))
    .slice(0, lines)
    .join('\n')
    .trim();
  const cut = [...kept];
  const shortened =
    cut.length > chars
      ? `${cut
          .slice(0, chars - 1)
          .join('')
          .trimEnd()}…`
      : kept;
  return shortened.length < text.trim().length && !shortened.endsWith('…') ? `${shortened}…` : shortened;
}

function plainText(nodes: readonly TgNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : plainText(node.children))).join('');
}

export function previewSummary(
  channel: Channel,
  result: RenderResult,
  parseMode: 'HTML' | 'MarkdownV2' = 'HTML',
): PreviewSummary {
  const out = result.output;
  const text = (key: string) => readString(out, key);
  switch (channel) {
    case 'email':
      return {
        heading: text('subject') || '(no subject)',
        text: firstLines(text('text')),
        note: text('preheader') || null,
      };
    case 'sms':
      return {
        heading: text('senderId') || 'SMS',
        text: firstLines(text('body')),
        note: result.sms ? [smsCounterLine(result.sms), ucs2Reason(result.sms)].filter(Boolean).join(' · ') : null,
      };
    case 'whatsapp':
      return {
        heading: text('headerText') || text('templateName') || 'WhatsApp',
        text: firstLines(fillWhatsAppParameters(text('body'), readRecord(out, 'parameters'))),
        note: text('footer') || null,
      };
    case 'push':
    case 'inapp':
      return { heading: text('title') || '(no title)', text: firstLines(text('body')), note: null };
    case 'telegram':
      return {
        heading: 'Telegram',
        text: firstLines(plainText(parseTelegramText(text('text'), parseMode).nodes)),
        note: null,
      };
    case 'wallet':
      return {
        heading: text('title') || '(no title)',
        text: readObjects(out, 'fields')
          .slice(0, MAX_LINES)
          .map((field) => `${readString(field, 'label')}: ${readString(field, 'value')}`)
          .join('\n'),
        note: text('barcodeValue') ? `Barcode ${text('barcodeValue')}` : null,
      };
    case 'marketing':
      return { heading: 'JSON payload', text: firstLines(text('payload')), note: null };
  }
}
