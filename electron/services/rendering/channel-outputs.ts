import type { ContentOf, TemplateChannel } from '../../../shared/templates/content';
import type { FieldRenderer } from './field-renderer';
import { fillPlaceholders, protectPlaceholders, restorePlaceholders } from './whatsapp-placeholders';

type Output = Record<string, unknown>;
type TextChannel = Exclude<TemplateChannel, 'email'>;

/**
 * What each channel's content renders to: every text field through Liquid under its own field
 * name ("buttons[1].url"), identifiers and enums (sender id, WhatsApp template name, pass type)
 * as they are. Email's body needs MJML as well, so render-email.ts finishes that channel.
 */
export const CHANNEL_OUTPUTS: { [C in TextChannel]: (content: ContentOf<C>, fields: FieldRenderer) => Output } = {
  sms: (content, { render }) => ({ body: render('body', content.body), senderId: content.senderId }),
  whatsapp: renderWhatsApp,
  push: (content, { render }) => ({
    title: render('title', content.title),
    body: render('body', content.body),
    imageUrl: render('imageUrl', content.imageUrl),
    deepLink: render('deepLink', content.deepLink),
  }),
  inapp: (content, { render }) => ({
    title: render('title', content.title),
    body: render('body', content.body),
    imageUrl: render('imageUrl', content.imageUrl),
    buttons: content.buttons.map((button, i) => ({
      label: render(`buttons[${i}].label`, button.label),
      action: render(`buttons[${i}].action`, button.action),
    })),
  }),
  telegram: (content, { render }) => ({
    text: render('text', content.text),
    parseMode: content.parseMode,
    buttons: content.buttons.map((button, i) => ({
      text: render(`buttons[${i}].text`, button.text),
      url: render(`buttons[${i}].url`, button.url),
    })),
  }),
  wallet: (content, { render }) => ({
    passType: content.passType,
    title: render('title', content.title),
    fields: content.fields.map((field, i) => ({
      label: render(`fields[${i}].label`, field.label),
      value: render(`fields[${i}].value`, field.value),
    })),
    barcodeValue: render('barcodeValue', content.barcodeValue),
  }),
  marketing: (content, { render }) => ({ payload: render('payload', content.payload) }),
};

/**
 * `body` keeps WhatsApp's {{n}} (it is the approved text; the limit checks count them) and
 * `parameters` holds each rendered value; `preview` is the body with the values filled in.
 */
function renderWhatsApp(content: ContentOf<'whatsapp'>, { render }: FieldRenderer): Output {
  const text = (field: string, value: string) => restorePlaceholders(render(field, protectPlaceholders(value)));
  const parameters: Record<string, string> = {};
  for (const [n, expression] of Object.entries(content.parameters)) {
    // An expression may also be written as a template ("{{ order.id }}-{{ order.awb }}"); an empty
    // one is left to the limit check, which says the parameter renders empty.
    const isTemplate = expression.includes('{{') || expression.includes('{%');
    parameters[n] = expression.trim() === '' ? '' : render(`parameters.${n}`, expression, { expression: !isTemplate });
  }
  const body = text('body', content.body);
  return {
    templateName: content.templateName,
    language: content.language,
    headerText: text('headerText', content.headerText),
    body,
    footer: text('footer', content.footer),
    buttons: content.buttons.map((button, i) => ({
      ...button,
      text: text(`buttons[${i}].text`, button.text),
      ...(button.url === undefined ? {} : { url: text(`buttons[${i}].url`, button.url) }),
    })),
    parameters,
    preview: fillPlaceholders(body, parameters),
  };
}
