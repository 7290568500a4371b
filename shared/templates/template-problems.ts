import type { TemplateChannel } from './content';
import { extractVariables } from './liquid';
import { checkChannelLimits } from './limits/index';

/** What the validator needs to say a template cannot be sent: its channel and its stored content. */
export interface TemplateToCheck {
  channel: TemplateChannel;
  content: Readonly<Record<string, unknown>>;
}

const LIQUID_MARKUP = /\{\{|\{%/;

/** "buttons[1].url" → ["buttons", 1, "url"]; "parameters.2" → ["parameters", "2"]. */
function fieldSegments(field: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const part of field.split('.')) {
    const [name, ...indices] = part.split('[');
    if (name !== undefined && name !== '') segments.push(name);
    for (const index of indices) segments.push(Number(index.replace(']', '')));
  }
  return segments;
}

function valueAt(content: unknown, field: string): unknown {
  let value = content;
  for (const segment of fieldSegments(field)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * Whether the field renders to what is stored, whatever the contact: text without Liquid markup, or
 * structure (how many buttons, which are missing). WhatsApp parameters are expressions, so only an
 * empty one is known in advance.
 */
function rendersAsStored(content: unknown, field: string): boolean {
  const value = valueAt(content, field);
  if (typeof value !== 'string') return true;
  if (field.startsWith('parameters.')) return value.trim() === '';
  return !LIQUID_MARKUP.test(value);
}

function collectTexts(value: unknown, path: string, into: { field: string; text: string }[]): void {
  if (typeof value === 'string') into.push({ field: path, text: value });
  else if (Array.isArray(value)) value.forEach((item, index) => collectTexts(item, `${path}[${index}]`, into));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) collectTexts(item, path === '' ? key : `${path}.${key}`, into);
}

/**
 * The errors a template has whatever data it is rendered with, as the template page words them:
 * Liquid that does not parse, and the channel's limits on fields without Liquid (an empty SMS body,
 * a missing WhatsApp template name). Fields with Liquid depend on the contact, so their limits are
 * left to the preview and the sender; MJML is compiled by the email worker and is not checked here.
 * Pure and synchronous, so the journey validator can call it; callers keep the result per revision.
 */
export function templateProblems(template: TemplateToCheck): string[] {
  const problems: string[] = [];
  const texts: { field: string; text: string }[] = [];
  collectTexts(template.content, '', texts);
  for (const { field, text } of texts) {
    if (!LIQUID_MARKUP.test(text)) continue;
    const { error } = extractVariables(text, field);
    if (error !== undefined) problems.push(`${field}: ${error.message}`);
  }
  for (const diagnostic of checkChannelLimits(template.channel, template.content)) {
    if (diagnostic.severity === 'error' && rendersAsStored(template.content, diagnostic.field))
      problems.push(diagnostic.message);
  }
  return problems;
}
