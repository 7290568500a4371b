import { describe, expect, it } from 'vitest';
import {
  ALL_LANGUAGES,
  applyTemplateListView,
  DEFAULT_TEMPLATE_LIST_VIEW,
  describeTemplateFilters,
  filterTemplates,
  isChannelFilter,
  languageOptions,
  sortTemplates,
} from '../../../renderer/src/templates/list/template-list-view';
import type { Channel } from '../../../shared/model/index';

const t = (id: string, name: string, channel: Channel, language: string, updatedAt: string) => ({
  id,
  name,
  channel,
  language,
  updatedAt,
});

const templates = [
  t('a', 'Order shipped', 'email', 'en', '2026-01-02T10:00:00Z'),
  t('b', 'Pedido enviado', 'email', 'es', '2026-01-03T10:00:00Z'),
  t('c', 'Order shipped', 'sms', 'en', '2026-01-01T10:00:00Z'),
  t('d', 'Café opening', 'push', '', '2026-01-04T10:00:00Z'),
];

describe('template list view', () => {
  it('filters by channel, language and a name search that ignores case and accents', () => {
    expect(filterTemplates(templates, { ...DEFAULT_TEMPLATE_LIST_VIEW, channel: 'email' }).map((x) => x.id)).toEqual([
      'a',
      'b',
    ]);
    expect(filterTemplates(templates, { ...DEFAULT_TEMPLATE_LIST_VIEW, language: 'en' }).map((x) => x.id)).toEqual([
      'a',
      'c',
    ]);
    expect(filterTemplates(templates, { ...DEFAULT_TEMPLATE_LIST_VIEW, language: '' }).map((x) => x.id)).toEqual(['d']);
    expect(filterTemplates(templates, { ...DEFAULT_TEMPLATE_LIST_VIEW, query: 'CAFE' }).map((x) => x.id)).toEqual([
      'd',
    ]);
    expect(filterTemplates(templates, { query: 'order', channel: 'sms', language: 'en' }).map((x) => x.id)).toEqual([
      'c',
    ]);
  });

  it('lists the newest edit first, ties by name then id so rows never swap', () => {
    expect(sortTemplates(templates).map((x) => x.id)).toEqual(['d', 'b', 'a', 'c']);
    const tied = [
      t('y', 'B', 'sms', '', '2026-01-01T00:00:00Z'),
      t('x', 'B', 'sms', '', '2026-01-01T00:00:00Z'),
      t('z', 'A', 'sms', '', '2026-01-01T00:00:00Z'),
    ];
    expect(sortTemplates(tied).map((x) => x.id)).toEqual(['z', 'x', 'y']);
    expect(
      applyTemplateListView(templates, { ...DEFAULT_TEMPLATE_LIST_VIEW, channel: 'email' }).map((x) => x.id),
    ).toEqual(['b', 'a']);
  });

  it('offers the languages in use, "any language" first', () => {
    expect(languageOptions(templates)).toEqual(['', 'en', 'es']);
  });

  it('says why nothing matches', () => {
    expect(describeTemplateFilters({ query: ' wel ', channel: 'sms', language: 'en' })).toBe(
      'Nothing named like “wel” on SMS in en.',
    );
    expect(describeTemplateFilters({ query: '', channel: 'all', language: '' })).toBe('Nothing for any language.');
    expect(describeTemplateFilters(DEFAULT_TEMPLATE_LIST_VIEW)).toBe('Nothing to show.');
    expect(describeTemplateFilters({ ...DEFAULT_TEMPLATE_LIST_VIEW, language: ALL_LANGUAGES, channel: 'push' })).toBe(
      'Nothing on Push.',
    );
  });

  it('accepts only known channels as a filter', () => {
    expect(isChannelFilter('all')).toBe(true);
    expect(isChannelFilter('whatsapp')).toBe(true);
    expect(isChannelFilter('fax')).toBe(false);
  });
});
