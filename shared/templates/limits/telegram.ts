import type { RenderDiagnostic } from '../render-result';
import {
  compact,
  limitDiagnostic,
  parseUrl,
  positionAt,
  readObjects,
  readString,
  tooMany,
  type LimitCheck,
} from './fields';
import { scanTelegramHtml } from './telegram-html';
import { scanTelegramMarkdownV2 } from './telegram-markdown';

export const TELEGRAM_LIMITS = {
  /** Bot API sendMessage: 1–4096 characters after entity parsing. */
  text: 4096,
  /**
   * Telegram allows up to 100 inline buttons, 8 per row; Journey Studio sends one row, so at most 8.
   */
  buttons: 8,
} as const;

function buttonUrlIsValid(text: string): boolean {
  const url = parseUrl(text);
  if (!url) return false;
  if (url.protocol === 'tg:') return true;
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

export const checkTelegramLimits: LimitCheck = (output) => {
  const text = readString(output, 'text');
  const parseMode = readString(output, 'parseMode');
  const scan = parseMode === 'MarkdownV2' ? scanTelegramMarkdownV2(text) : scanTelegramHtml(text);
  const markup: RenderDiagnostic[] = scan.problems.map((problem) => ({
    severity: problem.severity,
    source: 'limit',
    field: 'text',
    message: problem.message,
    ...positionAt(text, problem.index),
  }));
  const buttons = readObjects(output, 'buttons');
  const buttonDiagnostics: RenderDiagnostic[] = [];
  buttons.forEach((button, index) => {
    if (typeof button.text !== 'string' || button.text.trim() === '') {
      buttonDiagnostics.push(limitDiagnostic('error', `buttons[${index}].text`, `Button ${index + 1} has no text.`));
    }
    if (!buttonUrlIsValid(typeof button.url === 'string' ? button.url.trim() : '')) {
      buttonDiagnostics.push(
        limitDiagnostic('error', `buttons[${index}].url`, `Button ${index + 1} needs an http(s) or tg:// URL.`),
      );
    }
  });
  return [
    ...compact([
      text.trim() === ''
        ? limitDiagnostic('error', 'text', 'The message text is empty; Telegram refuses empty messages.')
        : null,
      scan.visibleLength > TELEGRAM_LIMITS.text
        ? limitDiagnostic(
            'error',
            'text',
            `The text is ${scan.visibleLength} characters after formatting; the limit is ${TELEGRAM_LIMITS.text}.`,
          )
        : null,
      tooMany('buttons', 'Buttons', buttons.length, TELEGRAM_LIMITS.buttons),
    ]),
    ...markup,
    ...buttonDiagnostics,
  ];
};
