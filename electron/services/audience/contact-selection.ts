import {
  compileFilter,
  fieldLookup,
  foldCase,
  isBuiltinFieldKey,
  isFieldKeyShape,
  type ContactPredicate,
  type FieldDefinition,
} from '../../../shared/audience/index';
import { CONTACT_COLUMNS } from './contacts-table';
import { filterToSql, type SqlCondition } from './filter-to-sql';
import { ApiError } from '../../../shared/contract/index';
import type { Filter } from '../../../shared/model/index';
import { CONTACTS_ALIAS as C } from '../store/contacts-repository';
import type { Store } from '../store/store';

/** Sorts just above every character, so `x <= value < x + TOP` is "starts with x" as an index range. */
const TOP = '\u{10FFFF}';

function prefixRange(expression: string, prefix: string): SqlCondition {
  return { sql: `(${expression} >= ? AND ${expression} < ?)`, params: [prefix, prefix + TOP] };
}

/**
 * Prefix search over customerId (exact case), email (ignoring ASCII case, through the
 * lower(email) index) and phone (E.164; "49151…" and "0049151…" find "+49151…"). Each part is
 * an index range, so SQLite answers the OR from three indexes instead of scanning.
 */
export function searchCondition(term: string): SqlCondition | null {
  const text = term.trim();
  if (text === '') return null;
  const parts = [prefixRange(`${C}.customer_id`, text), prefixRange(`lower(${C}.email)`, foldCase(text))];
  const digits = text.replace(/[\s().-]/g, '');
  if (/^(\+|00)?\d+$/.test(digits)) parts.push(prefixRange(`${C}.phone`, `+${digits.replace(/^(\+|00)/, '')}`));
  return { sql: parts.map((part) => part.sql).join(' OR '), params: parts.flatMap((part) => part.params) };
}

export function listCondition(listId: string): SqlCondition {
  return {
    sql: `EXISTS (SELECT 1 FROM contact_list_members AS m WHERE m.list_id = ? AND m.customer_id = ${C}.customer_id)`,
    params: [listId],
  };
}

/**
 * ORDER BY for a sort on any field. Ties go by rowid, which every index ends in: the column's index
 * then gives the whole order, so a page a million rows deep is an index walk instead of a sort of
 * every contact (customer_id as the tie-break would need one). Pages never overlap either way.
 */
export function orderByFor(
  sort: { field: string; direction: 'asc' | 'desc' } | undefined,
  fields: readonly FieldDefinition[],
): string {
  if (sort === undefined) return `${C}.customer_id`;
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  const field = fieldLookup(fields)(sort.field);
  if (field === undefined)
    throw new ApiError('BAD_INPUT', `There is no customer field "${sort.field}" to sort by.`, [
      { path: 'sort.field', message: 'Unknown field' },
    ]);
  if (field.key === 'customerId') return `${C}.customer_id ${direction}`;
  if (isBuiltinFieldKey(field.key)) return `${C}.${CONTACT_COLUMNS[field.key]} ${direction}, ${C}.rowid ${direction}`;
  if (!isFieldKeyShape(field.key)) throw new ApiError('BAD_INPUT', `Cannot sort by "${field.key}".`);
  // Safe to inline: an identifier-shaped key.
  return `${C}.attributes ->> '$."${field.key}"' ${direction}, ${C}.rowid ${direction}`;
}

/**
 * A filter as SQL when filterToSql can write it, else the evaluator (with the reason): `matches`
 * for whole contacts in hand, `filter` for scanFilterMatches, which reads only what it needs.
 */
export type FilterPart =
  | { method: 'sql'; condition: SqlCondition }
  | { method: 'evaluator'; matches: ContactPredicate; filter: Filter; reason: string };

export function filterPart(
  store: Store,
  filter: Filter,
  fields: readonly FieldDefinition[],
  now: Date,
  forceEvaluator = false,
): FilterPart {
  const sql = forceEvaluator
    ? { unsupported: 'the evaluator was asked for' }
    : filterToSql(filter, { fields, now, tableAlias: C });
  if ('sql' in sql) return { method: 'sql', condition: sql };
  const matches = compileFilter(filter, {
    fields,
    now,
    listMembership: (listId, customerId) => store.lists.isMember(listId, customerId),
  });
  return { method: 'evaluator', matches, filter, reason: sql.unsupported };
}
