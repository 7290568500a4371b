import type { Contact, FieldDefinition, SqlCondition } from '../../../shared/audience/index';
import { ApiError } from '../../../shared/contract/index';
import type { Filter } from '../../../shared/model/index';
import type { Store } from '../store/store';
import { filterPart, listCondition, orderByFor, searchCondition } from './contact-selection';

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

/**
 * A page of contacts and the total. Search and list run as SQL; the filter too when filterToSql
 * can write it. Otherwise the SQL part is scanned in order and the evaluator picks the matches,
 * counting them all and keeping the page's window.
 */
export function queryContacts(store: Store, query: ContactQuery, options: QueryOptions): { rows: Contact[]; total: number; method: 'sql' | 'evaluator' } {
  const conditions: SqlCondition[] = [];
  const search = query.search === undefined ? null : searchCondition(query.search);
  if (search) conditions.push(search);
  if (query.listId !== undefined) {
    if (!store.lists.exists(query.listId)) throw new ApiError('NOT_FOUND', `There is no contact list with id "${query.listId}".`);
    conditions.push(listCondition(query.listId));
  }
  const orderBy = orderByFor(query.sort, options.fields);
  const filter = query.filter === undefined ? null : filterPart(store, query.filter, options.fields, options.now, options.forceEvaluator);
  if (filter === null || filter.method === 'sql') {
    if (filter) conditions.push(filter.condition);
    const selection = { conditions, orderBy };
    return { rows: store.contacts.page(selection, query.offset, query.limit), total: store.contacts.count(conditions), method: 'sql' };
  }
  const rows: Contact[] = [];
  let total = 0;
  store.contacts.scan({ conditions, orderBy }, (contact) => {
    if (!filter.matches(contact)) return;
    if (total >= query.offset && rows.length < query.limit) rows.push(contact);
    total += 1;
  });
  return { rows, total, method: 'evaluator' };
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

export function estimateAudience(store: Store, input: EstimateInput, options: QueryOptions): Estimate {
  const started = performance.now();
  const total = store.contacts.countAll();
  const query: ContactQuery = { offset: 0, limit: SAMPLE_SIZE, ...('filter' in input ? { filter: input.filter } : {}), ...('listId' in input ? { listId: input.listId } : {}) };
  const { rows, total: count, method } = queryContacts(store, query, options);
  return { count, total, sample: rows, method, ms: performance.now() - started };
}
