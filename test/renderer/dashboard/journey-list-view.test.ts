import { describe, expect, it } from 'vitest';
import type { JourneySummary } from '../../../shared/contract/index';
import {
  applyListView,
  DEFAULT_LIST_VIEW,
  describeFilters,
  filterJourneys,
  isFiltered,
  isJourneySort,
  isStatusFilter,
  matchesQuery,
  SORT_OPTIONS,
  sortJourneys,
} from '../../../renderer/src/dashboard/journey-list-view';

function summary(id: string, name: string, status: JourneySummary['status'], updatedAt: string): JourneySummary {
  return {
    id,
    name,
    description: '',
    status,
    channels: [],
    entryType: null,
    nodeCount: 0,
    revision: 1,
    liveVersion: null,
    draftOpen: false,
    problems: { errors: 0, warnings: 0, firstError: null },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
    deletedAt: null,
  };
}

const journeys = [
  summary('a', 'Order shipped', 'active', '2026-03-02T10:00:00.000Z'),
  summary('b', 'welcome series', 'draft', '2026-03-05T10:00:00.000Z'),
  summary('c', 'Abandoned cart', 'paused', '2026-03-01T10:00:00.000Z'),
  summary('d', 'Café reopening', 'draft', '2026-03-05T11:00:00+02:00'),
  summary('e', 'Wave 10', 'archived', '2026-02-01T10:00:00.000Z'),
  summary('f', 'Wave 2', 'ready', '2026-02-01T10:00:00.000Z'),
];
const names = (list: JourneySummary[]) => list.map((journey) => journey.name);

describe('matchesQuery', () => {
  it('finds names case-insensitively, anywhere in the name, ignoring accents and surrounding spaces', () => {
    expect(matchesQuery({ name: 'Welcome Series' }, 'come s')).toBe(true);
    expect(matchesQuery({ name: 'Welcome Series' }, '  WELCOME ')).toBe(true);
    expect(matchesQuery({ name: 'Café reopening' }, 'cafe')).toBe(true);
    expect(matchesQuery({ name: 'Cafe reopening' }, 'CAFÉ')).toBe(true);
    expect(matchesQuery({ name: 'Welcome Series' }, 'shipped')).toBe(false);
  });

  it('matches everything when the query is empty or blank', () => {
    expect(matchesQuery({ name: 'Anything' }, '')).toBe(true);
    expect(matchesQuery({ name: 'Anything' }, '   ')).toBe(true);
  });
});

describe('filterJourneys', () => {
  it('keeps every journey with the default view', () => {
    expect(filterJourneys(journeys, DEFAULT_LIST_VIEW)).toHaveLength(journeys.length);
  });

  it('filters by status, by name, and by both together', () => {
    expect(names(filterJourneys(journeys, { query: '', status: 'draft' }))).toEqual([
      'welcome series',
      'Café reopening',
    ]);
    expect(names(filterJourneys(journeys, { query: 'wave', status: 'all' }))).toEqual(['Wave 10', 'Wave 2']);
    expect(names(filterJourneys(journeys, { query: 'wave', status: 'ready' }))).toEqual(['Wave 2']);
    expect(filterJourneys(journeys, { query: 'wave', status: 'stopped' })).toEqual([]);
  });
});

describe('sortJourneys', () => {
  it('orders by last edit, newest or oldest first, comparing instants rather than strings', () => {
    // "Café reopening" (11:00+02:00) is an hour older than "welcome series" (10:00Z), though its text sorts later.
    expect(names(sortJourneys(journeys, 'edited-desc'))).toEqual([
      'welcome series',
      'Café reopening',
      'Order shipped',
      'Abandoned cart',
      'Wave 2',
      'Wave 10',
    ]);
    expect(names(sortJourneys(journeys, 'edited-asc'))).toEqual([
      'Wave 2',
      'Wave 10',
      'Abandoned cart',
      'Order shipped',
      'Café reopening',
      'welcome series',
    ]);
  });

  it('orders names A–Z and Z–A ignoring case, with numbers in numeric order', () => {
    expect(names(sortJourneys(journeys, 'name-asc'))).toEqual([
      'Abandoned cart',
      'Café reopening',
      'Order shipped',
      'Wave 2',
      'Wave 10',
      'welcome series',
    ]);
    expect(names(sortJourneys(journeys, 'name-desc'))).toEqual([
      'welcome series',
      'Wave 10',
      'Wave 2',
      'Order shipped',
      'Café reopening',
      'Abandoned cart',
    ]);
  });

  it('orders by lifecycle status, most recently edited first within a status', () => {
    expect(sortJourneys(journeys, 'status').map((journey) => `${journey.status}:${journey.name}`)).toEqual([
      'draft:welcome series',
      'draft:Café reopening',
      'ready:Wave 2',
      'active:Order shipped',
      'paused:Abandoned cart',
      'archived:Wave 10',
    ]);
  });

  it('is deterministic for rows equal on every key and leaves its input untouched', () => {
    const twins = [
      summary('y', 'Same', 'draft', '2026-01-01T00:00:00.000Z'),
      summary('x', 'Same', 'draft', '2026-01-01T00:00:00.000Z'),
    ];
    for (const option of SORT_OPTIONS) {
      expect(sortJourneys(twins, option.value).map((journey) => journey.id)).toEqual(['x', 'y']);
    }
    expect(twins.map((journey) => journey.id)).toEqual(['y', 'x']);
  });
});

describe('applyListView', () => {
  it('filters, then sorts', () => {
    expect(names(applyListView(journeys, { query: 'a', status: 'all', sort: 'name-asc' }))).toEqual([
      'Abandoned cart',
      'Café reopening',
      'Wave 2',
      'Wave 10',
    ]);
  });
});

describe('view helpers', () => {
  it('knows when filters hide rows, and sorting alone does not count', () => {
    expect(isFiltered(DEFAULT_LIST_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_LIST_VIEW, sort: 'name-desc' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_LIST_VIEW, query: '  ' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_LIST_VIEW, query: 'x' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_LIST_VIEW, status: 'paused' })).toBe(true);
  });

  it('says in words what is being filtered', () => {
    expect(describeFilters({ query: ' wel ', status: 'all' })).toBe('Nothing named like “wel”.');
    expect(describeFilters({ query: 'wel', status: 'active' })).toBe(
      'Nothing named like “wel” and with status Active.',
    );
    expect(describeFilters({ query: '', status: 'paused' })).toBe('Nothing with status Paused.');
  });

  it('accepts only the sort keys and statuses it knows, so a select cannot inject others', () => {
    expect(isJourneySort('name-asc')).toBe(true);
    expect(isJourneySort('name')).toBe(false);
    expect(isStatusFilter('all')).toBe(true);
    expect(isStatusFilter('archived')).toBe(true);
    expect(isStatusFilter('broken')).toBe(false);
  });
});
