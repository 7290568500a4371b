import { CHANNEL_IDS, channelLabel, type Channel } from '../../../../shared/model/index';
import { matchesQuery } from '../../dashboard/journey-list-view';

/** A language code, "" for the templates that suit any language, or ALL_LANGUAGES for no filter. */
export type LanguageFilter = string;
// Not a valid language code, so it can never be mistaken for one.
export const ALL_LANGUAGES = '*';

/** What the user asked the library to show: search text, one channel (or all) and one language (or all). */
export interface TemplateListView {
  query: string;
  channel: Channel | 'all';
  language: LanguageFilter;
}

export const DEFAULT_TEMPLATE_LIST_VIEW: TemplateListView = { query: '', channel: 'all', language: ALL_LANGUAGES };

interface Listed {
  id: string;
  name: string;
  channel: Channel;
  language: string;
  updatedAt: string;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function isChannelFilter(value: string): value is Channel | 'all' {
  return value === 'all' || (CHANNEL_IDS as readonly string[]).includes(value);
}

export function languageLabel(language: string): string {
  return language === '' ? 'Any language' : language;
}

/** The languages the filter offers: those the templates have, "any language" first when present. */
export function languageOptions(templates: readonly Pick<Listed, 'language'>[]): string[] {
  const languages = [...new Set(templates.map((t) => t.language))];
  return languages.sort((a, b) => (a === '' ? -1 : b === '' ? 1 : collator.compare(a, b)));
}

export function filterTemplates<T extends Listed>(templates: readonly T[], view: TemplateListView): T[] {
  return templates.filter(
    (t) =>
      (view.channel === 'all' || t.channel === view.channel) &&
      (view.language === ALL_LANGUAGES || t.language.toLowerCase() === view.language.toLowerCase()) &&
      matchesQuery(t, view.query),
  );
}

/** Newest edit first, then by name, then id: a total order, so equal rows never swap between renders. */
export function sortTemplates<T extends Listed>(templates: readonly T[]): T[] {
  return [...templates].sort(
    (a, b) =>
      Date.parse(b.updatedAt) - Date.parse(a.updatedAt) ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function applyTemplateListView<T extends Listed>(templates: readonly T[], view: TemplateListView): T[] {
  return sortTemplates(filterTemplates(templates, view));
}

/** Why the list is empty, in words: "Nothing named like “wel” on SMS in en." */
export function describeTemplateFilters(view: TemplateListView): string {
  const parts: string[] = [];
  const query = view.query.trim();
  if (query) parts.push(`named like “${query}”`);
  if (view.channel !== 'all') parts.push(`on ${channelLabel(view.channel)}`);
  if (view.language !== ALL_LANGUAGES) parts.push(view.language === '' ? 'for any language' : `in ${view.language}`);
  return parts.length ? `Nothing ${parts.join(' ')}.` : 'Nothing to show.';
}
