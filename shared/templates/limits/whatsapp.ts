import type { RenderDiagnostic } from '../render-result';
import {
  compact,
  isWebUrl,
  limitDiagnostic,
  readObjects,
  readRecord,
  readString,
  tooLong,
  tooMany,
  type LimitCheck,
} from './fields';

/** Limits of WhatsApp Business message templates (Meta Cloud API). */
export const WHATSAPP_LIMITS = {
  headerText: 60,
  body: 1024,
  footer: 60,
  buttons: 10,
  urlButtons: 2,
  phoneButtons: 1,
  buttonText: 25,
} as const;

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** The numbered parameters a body uses ({{1}}, {{2}}, …), ascending and without repeats. */
export function whatsappParameters(body: string): number[] {
  const numbers = new Set<number>();
  for (const match of body.matchAll(PLACEHOLDER)) numbers.add(Number(match[1]));
  return [...numbers].sort((a, b) => a - b);
}

export const checkWhatsAppLimits: LimitCheck = (output) => {
  const templateName = readString(output, 'templateName');
  const body = readString(output, 'body');
  return [
    ...compact([
      templateName === ''
        ? limitDiagnostic(
            'error',
            'templateName',
            'The template name is missing: it must be the name WhatsApp approved.',
          )
        : !/^[a-z0-9_]+$/.test(templateName)
          ? limitDiagnostic(
              'error',
              'templateName',
              `"${templateName}" is not a WhatsApp template name: only lowercase letters, digits and "_".`,
            )
          : null,
      tooLong('headerText', 'The header text', readString(output, 'headerText'), WHATSAPP_LIMITS.headerText),
      body.trim() === '' ? limitDiagnostic('error', 'body', 'The body is empty; WhatsApp templates need one.') : null,
      tooLong('body', 'The body', body, WHATSAPP_LIMITS.body),
      tooLong('footer', 'The footer', readString(output, 'footer'), WHATSAPP_LIMITS.footer),
    ]),
    ...checkButtons(readObjects(output, 'buttons')),
    ...checkParameters(body, readRecord(output, 'parameters')),
  ];
};

function checkButtons(buttons: ReturnType<typeof readObjects>): RenderDiagnostic[] {
  const ofType = (type: string) => buttons.filter((button) => button.type === type).length;
  const diagnostics = compact([
    tooMany('buttons', 'Buttons', buttons.length, WHATSAPP_LIMITS.buttons),
    tooMany('buttons', 'URL buttons', ofType('url'), WHATSAPP_LIMITS.urlButtons),
    tooMany('buttons', 'Phone buttons', ofType('phone'), WHATSAPP_LIMITS.phoneButtons),
  ]);
  buttons.forEach((button, index) => {
    const text = typeof button.text === 'string' ? button.text : '';
    const field = `buttons[${index}]`;
    if (text.trim() === '')
      diagnostics.push(limitDiagnostic('error', `${field}.text`, `Button ${index + 1} has no text.`));
    const long = tooLong(`${field}.text`, `The text of button ${index + 1}`, text, WHATSAPP_LIMITS.buttonText);
    if (long) diagnostics.push(long);
    if (button.type === 'url') {
      // The approved URL may end in a {{1}} filled per message; check the fixed part.
      const url = typeof button.url === 'string' ? button.url.replace(PLACEHOLDER, 'x') : '';
      if (!isWebUrl(url))
        diagnostics.push(limitDiagnostic('error', `${field}.url`, `Button ${index + 1} needs an http(s) URL.`));
    }
    if (button.type === 'phone') {
      const phone = typeof button.phone === 'string' ? button.phone : '';
      if (!/^\+[1-9][0-9]{6,14}$/.test(phone)) {
        diagnostics.push(
          limitDiagnostic(
            'error',
            `${field}.phone`,
            `Button ${index + 1} needs a phone number in international form, e.g. +33123456789.`,
          ),
        );
      }
    }
  });
  return diagnostics;
}

const list = (numbers: number[]) => numbers.map((n) => `{{${n}}}`).join(', ');

/**
 * The body's placeholders are WhatsApp's, not Liquid: WhatsApp fills {{1}}…{{n}} from the values sent
 * with the message, which `parameters` computes. It rejects a gap in the numbering, a missing value,
 * and a value that is empty, contains a line break or tab, or more than four spaces in a row.
 */
function checkParameters(body: string, parameters: Readonly<Record<string, unknown>>): RenderDiagnostic[] {
  const used = whatsappParameters(body);
  const diagnostics: RenderDiagnostic[] = [];
  const highest = used[used.length - 1] ?? 0;
  const missing = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !used.includes(n));
  if (missing.length > 0) {
    diagnostics.push(
      limitDiagnostic(
        'error',
        'body',
        `The body uses ${list(used)} but not ${list(missing)}: parameters must be numbered from {{1}} without gaps.`,
      ),
    );
  }
  for (const n of used) {
    const value = parameters[String(n)];
    const field = `parameters.${n}`;
    if (value === undefined) {
      diagnostics.push(limitDiagnostic('error', field, `{{${n}}} in the body has no value in parameters.`));
    } else if (typeof value !== 'string' || value.trim() === '') {
      diagnostics.push(limitDiagnostic('error', field, `{{${n}}} renders empty; WhatsApp rejects empty parameters.`));
    } else if (/[\n\r\t]/.test(value) || / {5}/.test(value)) {
      diagnostics.push(
        limitDiagnostic(
          'error',
          field,
          `{{${n}}} renders a line break, a tab or more than 4 spaces in a row, which WhatsApp rejects.`,
        ),
      );
    }
  }
  for (const key of Object.keys(parameters)) {
    if (!used.includes(Number(key))) {
      diagnostics.push(
        limitDiagnostic(
          'warning',
          `parameters.${key}`,
          `Parameter ${key} has a value but the body does not use {{${key}}}.`,
        ),
      );
    }
  }
  return diagnostics;
}
