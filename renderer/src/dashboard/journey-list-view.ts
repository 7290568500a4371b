import type { JourneySummary } from '../../../shared/contract/index';
import { JOURNEY_STATUSES, type JourneyStatus } from '../../../shared/model/index';
import { statusLabel } from '../ui/status-label';

export type StatusFilter = JourneyStatus | 'all';
export type JourneySort = 'edited-desc' | 'edited-asc' | 'name-asc' | 'name-desc' | 'status';

/** What the user asked the list to show: search text, one status (or all) and an order. */
export interface JourneyListView {
  query: string;
  status: StatusFilter;
  sort: JourneySort;
}

export const DEFAULT_LIST_VIEW: JourneyListView = { query: '', status: 'all', sort: 'edited-desc' };

export const SORT_OPTIONS: readonly { value: JourneySort; label: string }[] = [
  { value: 'edited-desc', label: 'Last edited (newest first)' },
  { value: 'edited-asc', label: 'Last edited (oldest first)' },
  { value: 'name-asc', label: 'Name (A–Z)' },
  { value: 'name-desc', label: 'Name (Z–A)' },
  { value: 'status', label: 'Status' },
];

// Numeric so "Wave 2" sorts before "Wave 10"; base sensitivity so case and accents do not split names.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Lower case without accents, so "cafe" finds "Café" as well as "CAFÉ". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function matchesQuery(journey: Pick<JourneySummary, 'name'>, query: string): boolean {
  const needle = fold(query.trim());
  return needle === '' || fold(journey.name).includes(needle);
}

export function isFiltered(view: JourneyListView): boolean {
  return view.query.trim() !== '' || view.status !== 'all';
}

/** Why the list is empty, in words: "Nothing named like “wel” with status Active." */
export function describeFilters(view: Pick<JourneyListView, 'query' | 'status'>): string {
  const parts: string[] = [];
  const query = view.query.trim();
  if (query) parts.push(`named like “${query}”`);
  if (view.status !== 'all') parts.push(`with status ${statusLabel(view.status)}`);
  return parts.length ? `Nothing ${parts.join(' and ')}.` : 'Nothing to show.';
}

export function filterJourneys(
  journeys: readonly JourneySummary[],
  view: Pick<JourneyListView, 'query' | 'status'>,
): JourneySummary[] {
  return journeys.filter(
    (journey) => (view.status === 'all' || journey.status === view.status) && matchesQuery(journey, view.query),
  );
}

type Compare = (a: JourneySummary, b: JourneySummary) => number;

const byEdited: Compare = (a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
const byName: Compare = (a, b) => collator.compare(a.name, b.name);
// Lifecycle order, the same order the status filter offers.
const byStatus: Compare = (a, b) => JOURNEY_STATUSES.indexOf(a.status) - JOURNEY_STATUSES.indexOf(b.status);
const newestFirst: Compare = (a, b) => byEdited(b, a);

function then(...compares: Compare[]): Compare {
  return (a, b) => {
    for (const compare of compares) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    // A total order, so equal rows never swap places between renders.
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

const COMPARES: Record<JourneySort, Compare> = {
  'edited-desc': then(newestFirst, byName),
  'edited-asc': then(byEdited, byName),
  'name-asc': then(byName, newestFirst),
  'name-desc': then((a, b) => byName(b, a), newestFirst),
  status: then(byStatus, newestFirst),
};

export function sortJourneys(journeys: readonly JourneySummary[], sort: JourneySort): JourneySummary[] {
  return [...journeys].sort(COMPARES[sort]);
}

export function applyListView(journeys: readonly JourneySummary[], view: JourneyListView): JourneySummary[] {
  return sortJourneys(filterJourneys(journeys, view), view.sort);
}

export function isJourneySort(value: string): value is JourneySort {
  return SORT_OPTIONS.some((option) => option.value === value);
}

export function isStatusFilter(value: string): value is StatusFilter {
  return value === 'all' || (JOURNEY_STATUSES as readonly string[]).includes(value);
}
