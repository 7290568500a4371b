import type { Filter } from '../../../shared/model/index';
import {
  assertValidNow,
  CONTACT_LIST_FIELD,
  DATE_GLOB,
  DATE_TIME_GLOB,
  isBuiltinFieldKey,
  isFieldKeyShape,
  lastDaysBounds,
  planFilter,
  type Bound,
  type FieldDefinition,
  type PreparedRule,
} from '../../../shared/audience/index';
import { ATTRIBUTES_COLUMN, CONTACT_COLUMNS, CONTACT_LIST_MEMBERS_TABLE, CONTACTS_TABLE } from './contacts-table';

/**
 * Filters as SQLite WHERE clauses over the layout in contacts-table.ts, for counting or listing a
 * large audience inside the database. The clause means exactly what compileFilter means — the
 * agreement test runs both over the same generated data — so:
 *
 * - Case: text is compared through lower() on the column and on the (pre-folded) value. SQLite's
 *   built-in lower() folds ASCII letters only, which is what foldCase does. (A SQLite built with
 *   the ICU extension replaces lower() with full Unicode folding: do not use one.)
 * - Unset: each field reads through an expression that is NULL unless the value has the field's
 *   type and stored shape (typedValueReader does the same). Every rule is then forced to 0/1 with
 *   IS 1 / IS NOT 1, so NULL never leaks: positive rules are false on unset values, "not" rules true.
 * - Dates are ISO text and compare as text; "within the last N days" is resolved to bounds at `now`.
 * - Values are always bound parameters. Field keys are inlined in JSON paths, but only keys of the
 *   identifier shape (letters, digits, _), so no quoting can break; other keys make it unsupported.
 *
 * Known limits, both outside what contactToRow writes (JSON.stringify output): JSON with a key
 * twice (SQLite reads the first, JSON.parse the last) and integers beyond ±2^53 (SQLite keeps them
 * exact, JavaScript rounds them) can make the two disagree on such a row.
 */

export interface FilterToSqlOptions {
  /** allFields(custom); built-in fields are known even if left out. */
  fields: readonly FieldDefinition[];
  now: Date;
  /** The name `contacts` has in the query (FROM contacts AS c → "c"); defaults to the table name. */
  tableAlias?: string;
}

/** A boolean SQL expression (no "WHERE") and its positional parameters. */
export interface SqlCondition {
  sql: string;
  params: (string | number)[];
}

export type FilterSql = SqlCondition | { unsupported: string };

/**
 * How a field reads in SQL. A scalar field is read raw (`value`, one JSON lookup) and the type
 * check (`guard`) runs only for rows the comparison already picked: the rule is
 * CASE WHEN <comparison on value> THEN <guard> ELSE 0 END. That is equivalent to comparing a
 * value that is NULL unless it has the field's type and shape — the evaluator's reading — because a
 * raw value of another type either fails the comparison or fails the guard. Reading each value
 * once per rule is what keeps a million-row count near the one-second mark.
 */
type FieldSql =
  { kind: 'scalar'; value: string; guard?: string; isText: boolean } | { kind: 'list'; source: string; path: string };

function fieldSql(field: FieldDefinition, table: string): FieldSql {
  if (isBuiltinFieldKey(field.key)) {
    // STRICT TEXT columns: the type is certain, only the date shape needs checking.
    const column = `${table}.${CONTACT_COLUMNS[field.key]}`;
    if (field.type === 'textList') return { kind: 'list', source: column, path: "'$'" };
    if (field.type === 'dateTime')
      return { kind: 'scalar', value: column, guard: `${column} GLOB '${DATE_TIME_GLOB}'`, isText: false };
    return { kind: 'scalar', value: column, isText: true };
  }
  const source = `${table}.${ATTRIBUTES_COLUMN}`;
  // Safe to inline: the key matched isFieldKeyShape (checked by the caller).
  const path = `'$."${field.key}"'`;
  const type = `json_type(${source}, ${path})`;
  const value = `json_extract(${source}, ${path})`;
  switch (field.type) {
    case 'text':
    case 'choice':
      return { kind: 'scalar', value, guard: `${type} = 'text'`, isText: true };
    case 'number':
      return { kind: 'scalar', value, guard: `${type} IN ('integer', 'real')`, isText: false };
    case 'boolean':
      // json_extract gives 1 / 0 for true / false (and for the numbers 1 / 0, which the guard rejects).
      return { kind: 'scalar', value, guard: `${type} IN ('true', 'false')`, isText: false };
    case 'date':
    case 'dateTime': {
      const glob = field.type === 'date' ? DATE_GLOB : DATE_TIME_GLOB;
      return { kind: 'scalar', value, guard: `${type} = 'text' AND ${value} GLOB '${glob}'`, isText: false };
    }
    case 'textList':
      return { kind: 'list', source, path };
  }
}

class SqlWriter {
  readonly params: (string | number)[] = [];

  param(value: string | number): string {
    this.params.push(value);
    return '?';
  }

  /** `IN (...)` over any number of values in one parameter, so long lists stay within SQLite's limits. */
  oneOf(expression: string, values: readonly (string | number)[]): string {
    if (values.length === 1) return `${expression} = ${this.param(values[0] as string | number)}`;
    return `${expression} IN (SELECT value FROM json_each(${this.param(JSON.stringify(values))}))`;
  }

  /** Bounds as prepared; two inclusive ones (the usual case) read the value once, with BETWEEN. */
  range(expression: string, lower: Bound | undefined, upper: Bound | undefined): string {
    if (lower !== undefined && upper !== undefined && lower.inclusive && upper.inclusive) {
      return `${expression} BETWEEN ${this.param(lower.value)} AND ${this.param(upper.value)}`;
    }
    const parts: string[] = [];
    if (lower !== undefined) parts.push(`${expression} ${lower.inclusive ? '>=' : '>'} ${this.param(lower.value)}`);
    if (upper !== undefined) parts.push(`${expression} ${upper.inclusive ? '<=' : '<'} ${this.param(upper.value)}`);
    return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' AND ')})`;
  }
}

/**
 * Some item of the list is text and satisfies `itemCondition` (written over `item.value`). Only
 * array items have integer keys: json_each over a scalar gives one row keyed NULL, over an object
 * rows keyed by text, so a value that is not a list never matches.
 */
function anyItem(list: { source: string; path: string }, itemCondition: string): string {
  return `EXISTS (SELECT 1 FROM json_each(${list.source}, ${list.path}) AS item WHERE typeof(item.key) = 'integer' AND item.type = 'text' AND ${itemCondition})`;
}

function listConditionSql(rule: PreparedRule, list: { source: string; path: string }, writer: SqlWriter): string {
  const { condition } = rule;
  switch (condition.kind) {
    case 'isSet':
      return anyItem(list, "item.value <> ''");
    case 'textIn':
      return anyItem(list, writer.oneOf('lower(item.value)', condition.values));
    default:
      // prepareRule gives lists no other condition; this is a program error, not a user's.
      throw new Error(`A list field cannot take a ${condition.kind} condition`);
  }
}

function scalarConditionSql(
  rule: PreparedRule,
  value: string,
  isText: boolean,
  table: string,
  writer: SqlWriter,
  now: Date,
): string {
  const { field, condition } = rule;
  switch (condition.kind) {
    case 'isSet':
      return isText ? `${value} <> ''` : `${value} IS NOT NULL`;
    case 'textIn':
      return writer.oneOf(`lower(${value})`, condition.values);
    case 'textMatch': {
      const folded = `lower(${value})`;
      if (condition.mode === 'contains') return `instr(${folded}, ${writer.param(condition.value)}) > 0`;
      // Parameters are numbered in the order written: the length's first, then the compared text.
      const slice =
        condition.mode === 'startsWith'
          ? `substr(${folded}, 1, length(${writer.param(condition.value)}))`
          : `substr(${folded}, -length(${writer.param(condition.value)}))`;
      return `${slice} = ${writer.param(condition.value)}`;
    }
    case 'numberIn':
      return writer.oneOf(value, condition.values);
    case 'booleanIs':
      return `${value} = ${condition.value ? 1 : 0}`;
    case 'range':
      return writer.range(value, condition.lower, condition.upper);
    case 'withinLastDays': {
      const { lower, upper } = lastDaysBounds(field.type === 'date' ? 'date' : 'dateTime', condition.days, now);
      return writer.range(value, lower, upper);
    }
    case 'inContactList':
      return `EXISTS (SELECT 1 FROM ${CONTACT_LIST_MEMBERS_TABLE} AS member WHERE member.list_id = ${writer.param(condition.listId)} AND member.customer_id = ${table}.${CONTACT_COLUMNS[CONTACT_LIST_FIELD]})`;
  }
}

/** The rule's positive condition: 1, 0 or NULL. */
function conditionSql(rule: PreparedRule, table: string, writer: SqlWriter, now: Date): string {
  const sql = fieldSql(rule.field, table);
  if (sql.kind === 'list') return listConditionSql(rule, sql, writer);
  const comparison = scalarConditionSql(rule, sql.value, sql.isText, table, writer, now);
  // Contact-list rules do not read the field's value, so its guard does not apply to them.
  if (sql.guard === undefined || rule.condition.kind === 'inContactList') return comparison;
  return `CASE WHEN ${comparison} THEN ${sql.guard} ELSE 0 END`;
}

function joined(combinator: 'and' | 'or', parts: string[]): string {
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(combinator === 'and' ? ' AND ' : ' OR ')})`;
}

/**
 * The filter as a WHERE condition: `SELECT count(*) FROM contacts WHERE ${sql}` with `params`.
 * `unsupported` (with the reason) when it cannot be written faithfully; fall back to compileFilter.
 */
export function filterToSql(filter: Filter, options: FilterToSqlOptions): FilterSql {
  assertValidNow(options.now);
  const table = options.tableAlias ?? CONTACTS_TABLE;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) throw new TypeError(`"${table}" is not a plain SQL identifier`);
  const { plan } = planFilter(filter, options.fields);
  const writer = new SqlWriter();
  const groups: string[] = [];
  for (const group of plan.groups) {
    const rules: string[] = [];
    for (const rule of group.rules) {
      if (rule === null) {
        rules.push('0');
        continue;
      }
      if (!isFieldKeyShape(rule.field.key))
        return { unsupported: `The field key "${rule.field.key}" cannot be used in SQL` };
      rules.push(`((${conditionSql(rule, table, writer, options.now)}) ${rule.negate ? 'IS NOT 1' : 'IS 1'})`);
    }
    groups.push(joined(group.combinator, rules));
  }
  return groups.length === 0
    ? { sql: '1', params: [] }
    : { sql: joined(plan.combinator, groups), params: writer.params };
}
