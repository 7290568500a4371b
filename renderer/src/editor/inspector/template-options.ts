import type { Channel } from '../../../../shared/model/index';

export interface TemplateChoice {
  readonly id: string;
  readonly channel: Channel;
  readonly name: string;
  readonly language: string;
}

function primarySubtag(code: string): string {
  return code.split('-')[0]?.toLowerCase() ?? '';
}

/**
 * Whether a template suits a journey's languages. A template without a language, or a journey
 * without any, matches everything; "en" and "en-GB" count as the same language.
 */
export function matchesLanguages(language: string, languages: readonly string[]): boolean {
  if (language.trim() === '' || languages.length === 0) return true;
  const wanted = new Set(languages.map(primarySubtag));
  return wanted.has(primarySubtag(language));
}

export interface TemplateOption {
  value: string;
  label: string;
}

/** Value of the "No template" option; the model stores null. */
export const NO_TEMPLATE = '';

/**
 * The options of a template select: "No template", the channel's templates in the journey's
 * languages, and the current choice even when it no longer fits, marked so, so the select never
 * silently shows a different value from the one stored.
 */
export function templateOptions(
  templates: readonly TemplateChoice[],
  channel: Channel,
  languages: readonly string[],
  selectedId: string | null,
): TemplateOption[] {
  const fitting = templates.filter((t) => t.channel === channel && matchesLanguages(t.language, languages));
  const options: TemplateOption[] = [{ value: NO_TEMPLATE, label: 'No template' }];
  options.push(...fitting.map((t) => ({ value: t.id, label: t.language ? `${t.name} (${t.language})` : t.name })));
  if (selectedId !== null && !fitting.some((t) => t.id === selectedId)) {
    const selected = templates.find((t) => t.id === selectedId);
    const why = !selected ? 'not found' : selected.channel !== channel ? 'other channel' : 'other language';
    options.push({ value: selectedId, label: `${selected?.name ?? selectedId} (${why})` });
  }
  return options;
}

/**
 * The template to keep when a message's channel changes: a known template of another channel
 * cannot be sent there, so it is cleared; an unknown one (the list may not have loaded) is kept.
 */
export function templateAfterChannelChange(
  templateId: string | null,
  channel: Channel,
  templates: readonly TemplateChoice[],
): string | null {
  if (templateId === null) return null;
  const template = templates.find((t) => t.id === templateId);
  return template && template.channel !== channel ? null : templateId;
}
