import { defaultContent, type ContentOf, type TemplateChannel } from '../../../shared/templates/index';

/**
 * The preview components read what the render does not return (a pass type, a parse mode) from the
 * template's content. An outbox message has only its render result, so the content is the channel's
 * defaults with every rendered field of the same name laid over it.
 */
export function contentFromOutput<C extends TemplateChannel>(
  channel: C,
  output: Readonly<Record<string, unknown>>,
): ContentOf<C> {
  const content: Record<string, unknown> = { ...defaultContent(channel) };
  for (const [key, value] of Object.entries(output)) {
    if (key in content && typeof value === typeof content[key]) content[key] = value;
  }
  return content as ContentOf<C>;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'\])]+/g;
const HREF = /<a\b[^>]*?\shref\s*=\s*("([^"]*)"|'([^']*)')/gi;

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Every web link in a rendered message, in order and once each: email hrefs, then URLs in any text field. */
export function linksIn(output: Readonly<Record<string, unknown>>): string[] {
  const found = new Set<string>();
  const html = output['html'];
  if (typeof html === 'string') {
    for (const match of html.matchAll(HREF)) {
      const href = decodeEntities(match[2] ?? match[3] ?? '').trim();
      if (/^https?:\/\//i.test(href)) found.add(href);
    }
  }
  const visit = (value: unknown, key: string): void => {
    if (key === 'html') return;
    if (typeof value === 'string')
      for (const url of value.match(URL_IN_TEXT) ?? []) found.add(url.replace(/[.,;:!?]+$/, ''));
    else if (Array.isArray(value)) value.forEach((item) => visit(item, ''));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  for (const [key, value] of Object.entries(output)) visit(value, key);
  return [...found];
}
