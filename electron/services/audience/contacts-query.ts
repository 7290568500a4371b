import type { Contact, FieldDefinition } from '../../../shared/audience/index';
import type { SqlCondition } from './filter-to-sql';
import { ApiError } from '../../../shared/contract/index';
import type { Filter } from '../../../shared/model/index';
import type { Store } from '../store/store';
import { filterPart, listCondition, orderByFor, searchCondition } from './contact-selection';
import { countFilterMatches, scanFilterMatches } from './filter-scan';

export interface ContactQuery {
  search?: string;
  listId?: string;
  filter?: Filter;
  sort?: { field: string; direction: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

export interface QueryOptions {
  fields: readonly FieldDefinition[];
  now: Date;
  /** Skip the SQL translation (benchmarks and agreement tests). */
  forceEvaluator?: boolean;
}

/** The search and the list as SQL conditions. */
function selectionConditions(store: Store, query: { search?: string; listId?: string }): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  const search = query.search === undefined ? null : searchCondition(query.search);
  if (search) conditions.push(search);
  if (query.listId !== undefined) {
    if (!store.lists.exists(query.listId))
      throw new ApiError('NOT_FOUND', `There is no contact list with id "${query.listId}".`);
    conditions.push(listCondition(query.listId));
  }
  return conditions;
}

/** Whole contacts for ids found by a scan, in the scan's order. */
function contactsByIds(store: Store, ids: readonly string[]): Contact[] {
  return ids.flatMap((id) => store.contacts.find(id) ?? []);
}

/**
 * A page of contacts and the total. Search and list run as SQL; the filter too when filterToSql
 * can write it. Otherwise the SQL part is scanned in order and the evaluator picks the matches,
 * counting them all and keeping the ids of the page's window.
 */
export function queryContacts(
  store: Store,
  query: ContactQuery,
  options: QueryOptions,
): { rows: Contact[]; total: number; method: 'sql' | 'evaluator' } {
  const conditions = selectionConditions(store, query);
  const orderBy = orderByFor(query.sort, options.fields);
  const filter =
    query.filter === undefined
      ? null
      : filterPart(store, query.filter, options.fields, options.now, options.forceEvaluator);
  if (filter === null || filter.method === 'sql') {
    if (filter) conditions.push(filter.condition);
    const selection = { conditions, orderBy };
    return {
      rows: store.contacts.page(selection, query.offset, query.limit),
      total: store.contacts.count(conditions),
      method: 'sql',
    };
  }
  const ids: string[] = [];
  let total = 0;
  scanFilterMatches(store.db, { conditions, orderBy }, filter.filter, options, (customerId) => {
    if (total >= query.offset && ids.length < query.limit) ids.push(customerId);
    total += 1;
  });
  return { rows: contactsByIds(store, ids), total, method: 'evaluator' };
}

export type EstimateInput = { filter: Filter } | { listId: string } | { all: true };

export interface Estimate {
  count: number;
  total: number;
  sample: Contact[];
  method: 'sql' | 'evaluator' | 'none';
  note?: string;
  ms: number;
}

const SAMPLE_SIZE = 5;

/**
 * How many contacts match, with the first five by customerId as a sample (the same five whether
 * SQL or the evaluator finds them).
 */
export function estimateAudience(store: Store, input: EstimateInput, options: QueryOptions): Estimate {
  const started = performance.now();
  const total = store.contacts.countAll();
  const finish = (count: number, sample: Contact[], method: Estimate['method']): Estimate => ({
    count,
    total,
    sample,
    method,
    ms: performance.now() - started,
  });
  const conditions = selectionConditions(store, 'listId' in input ? { listId: input.listId } : {});
  const filter =
    'filter' in input ? filterPart(store, input.filter, options.fields, options.now, options.forceEvaluator) : null;
  if (filter === null || filter.method === 'sql') {
    if (filter) conditions.push(filter.condition);
    const count = conditions.length === 0 ? total : store.contacts.count(conditions);
    return finish(
      count,
      store.contacts.page({ conditions, orderBy: orderByFor(undefined, options.fields) }, 0, SAMPLE_SIZE),
      'sql',
    );
  }
  const { count, sample } = countFilterMatches(store.db, conditions, filter.filter, options, SAMPLE_SIZE);
  return finish(count, contactsByIds(store, sample), 'evaluator');
}
