import {
  blankContact,
  compileFilter,
  filterReads,
  isBuiltinFieldKey,
  type AttributeValue,
  type Contact,
  type ContactPredicate,
  type FieldDefinition,
} from '../../../shared/audience/index';
import { CONTACT_COLUMNS, CONTACT_LIST_MEMBERS_TABLE } from './contacts-table';
import { type SqlCondition } from './filter-to-sql';
import type { Filter } from '../../../shared/model/index';
import { CONTACTS_ALIAS as C } from '../store/contacts-repository';
import type { Db } from '../store/database';

export interface ScanSelection {
  /** ANDed SQL conditions over `c` (a search, a list, the SQL part of a filter). */
  conditions: readonly SqlCondition[];
  /** ORDER BY over `c` without the keywords; null scans in storage order, the fastest. */
  orderBy: string | null;
}

export interface ScanOptions {
  fields: readonly FieldDefinition[];
  now: Date;
  /** Rows the learning pass reads (LEARNING_ROWS unless given; 0 skips it): tests vary it. */
  learningRows?: number;
}

export type Cell = string | number | bigint | Buffer | null;

/**
 * Keys SQLite's JSON path can name as written: JSON.stringify escapes quotes, backslashes and
 * control characters, and a path compares keys as stored, so those are read from the whole object.
 */
const NOT_PATH_SAFE = /["\\\p{Cc}]/u;

/**
 * The SQL functions the scans call; one set per connection, pointed at the scan in progress. Plans
 * of one or two arguments (most filters) call a function of that arity, which refills one array
 * instead of gathering a new one for every row; wider plans call the variadic one.
 */
const MATCH_FUNCTION = 'journey_studio_filter_matches';
const FIXED_ARITIES = [1, 2] as const;
/** Called by the count only for rows that match, so only their ids cross into JavaScript. */
const SAMPLE_FUNCTION = 'journey_studio_filter_sample';

interface ScanSlot {
  current: (cells: Cell[]) => boolean;
  sample: (customerId: string) => void;
}
const scanSlots = new WeakMap<Db, ScanSlot>();

function matchFunctionOf(db: Db): ScanSlot {
  let slot = scanSlots.get(db);
  if (slot === undefined) {
    const created: ScanSlot = { current: () => false, sample: () => undefined };
    db.function(MATCH_FUNCTION, { varargs: true }, (...cells: unknown[]) => (created.current(cells as Cell[]) ? 1 : 0));
    // The arrays are reused: the evaluator reads a row's cells only while the call for that row runs.
    const one: Cell[] = [null];
    db.function(`${MATCH_FUNCTION}_1`, (a: unknown) => {
      one[0] = a as Cell;
      return created.current(one) ? 1 : 0;
    });
    const two: Cell[] = [null, null];
    db.function(`${MATCH_FUNCTION}_2`, (a: unknown, b: unknown) => {
      two[0] = a as Cell;
      two[1] = b as Cell;
      return created.current(two) ? 1 : 0;
    });
    db.function(SAMPLE_FUNCTION, (customerId: unknown) => {
      created.sample(customerId as string);
      return 1;
    });
    scanSlots.set(db, created);
    slot = created;
  }
  return slot;
}

function matchCall(columns: readonly string[]): string {
  const name = (FIXED_ARITIES as readonly number[]).includes(columns.length)
    ? `${MATCH_FUNCTION}_${columns.length}`
    : MATCH_FUNCTION;
  return `${name}(${columns.join(', ')})`;
}

function parsedJson(text: Cell): unknown {
  try {
    return JSON.parse(String(text)) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON value's text as JSON.parse reads it; a string without escapes (the usual case) needs no parser. */
function jsonValue(text: string): AttributeValue {
  if (text.charCodeAt(0) === 34 && !text.includes('\\')) return text.slice(1, -1);
  return JSON.parse(text) as AttributeValue;
}

/**
 * How each argument of the SQL function lands in the contact the evaluator reads; the contact holds
 * exactly what contactFromRow would give for these fields (an absent attribute reads as unset).
 */
interface ScanPlan {
  columns: string[];
  params: (string | number)[];
  /** Copies the plan's arguments into the contact. */
  fill: (contact: Contact, cells: Cell[]) => void;
  /** Argument index of each list's membership flag. */
  flagOf: Map<string, number>;
}

function planScan(filter: Filter, fields: readonly FieldDefinition[]): ScanPlan {
  const reads = filterReads(filter, fields);
  const columns: string[] = [];
  const params: (string | number)[] = [];
  const fills: ((contact: Contact, cell: Cell) => void)[] = [];
  const fromWholeObject: string[] = [];
  for (const { key } of reads.fields) {
    if (isBuiltinFieldKey(key)) {
      columns.push(`${C}.${CONTACT_COLUMNS[key]}`);
      fills.push(
        key === 'pushTokens'
          ? (contact, cell) => {
              const tokens = parsedJson(cell);
              contact.pushTokens = Array.isArray(tokens) ? (tokens as string[]) : [];
            }
          : (contact, cell) => ((contact as unknown as Record<string, Cell>)[key] = cell),
      );
    } else if (key !== '' && !NOT_PATH_SAFE.test(key)) {
      // `->` gives the value's JSON text (NULL when absent): JSON.parse then gives what the whole
      // object's parse would, booleans and lists included.
      columns.push(`${C}.attributes -> ?`);
      params.push(`$."${key}"`);
      fills.push(
        (contact, cell) =>
          (contact.attributes[key] =
            cell === null ? (undefined as unknown as AttributeValue) : jsonValue(cell as string)),
      );
    } else {
      fromWholeObject.push(key);
    }
  }
  if (fromWholeObject.length > 0) {
    columns.push(`${C}.attributes`);
    fills.push((contact, cell) => {
      const value = parsedJson(cell);
      const all =
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? (value as Record<string, AttributeValue>)
          : {};
      for (const key of fromWholeObject)
        contact.attributes[key] = Object.hasOwn(all, key)
          ? (all[key] as AttributeValue)
          : (undefined as unknown as AttributeValue);
    });
  }
  const flagOf = new Map<string, number>();
  for (const listId of reads.listIds) {
    flagOf.set(listId, columns.length);
    columns.push(
      `EXISTS (SELECT 1 FROM ${CONTACT_LIST_MEMBERS_TABLE} AS m WHERE m.list_id = ? AND m.customer_id = ${C}.customer_id)`,
    );
    params.push(listId);
  }
  // A SQL function needs an argument; a filter that reads nothing (only invalid rules) gets NULL.
  if (columns.length === 0) columns.push('NULL');
  const fill = (contact: Contact, cells: Cell[]) => {
    for (let index = 0; index < fills.length; index += 1) fills[index]!(contact, cells[index]!);
  };
  return { columns, params, fill, flagOf };
}

/** The evaluator over one row's arguments, reusing one contact object. */
function rowMatcher(plan: ScanPlan, filter: Filter, options: ScanOptions): (cells: Cell[]) => boolean {
  let cells: Cell[] = [];
  const matches: ContactPredicate = compileFilter(filter, {
    fields: options.fields,
    now: options.now,
    // Asked only about the contact in hand, whose flags are among the current arguments.
    listMembership: (listId) => {
      const index = plan.flagOf.get(listId);
      return index !== undefined && cells[index] === 1;
    },
  });
  // The evaluator keeps nothing between rows, so the object can be refilled.
  const contact = blankContact('', Object.create(null) as Record<string, AttributeValue>);
  const evaluate = (args: Cell[]) => {
    cells = args;
    plan.fill(contact, args);
    return matches(contact);
  };
  return memoisedByArguments(evaluate, 0);
}

/** Distinct argument tuples remembered per scan; a filter reading values this varied gains nothing. */
const MAX_REMEMBERED = 20_000;

/** One cell in a key that keeps types apart (1 and "1") and cannot run into the next cell. */
function cellKey(cell: Cell): string {
  if (cell === null) return 'n';
  if (typeof cell === 'string') return `s${cell.length}:${cell}`;
  if (typeof cell === 'number' || typeof cell === 'bigint') return `d${cell};`;
  return `b${cell.toString('hex')};`;
}

/**
 * The evaluator's answer depends only on the arguments from `offset` on (what the filter reads,
 * list flags included; `now` is fixed for the scan), and most filters read fields with few
 * distinct values (a tier, a city, a flag): each distinct tuple is evaluated once. When the values
 * turn out too varied to be worth remembering, it stops remembering and evaluates every row.
 */
export function memoisedByArguments(
  evaluate: (args: Cell[]) => boolean,
  offset: number,
  limit = MAX_REMEMBERED,
): (args: Cell[]) => boolean {
  const single = new Map<Cell, boolean>();
  const composite = new Map<string, boolean>();
  let remembering = true;
  return (args) => {
    if (!remembering) return evaluate(args);
    const width = args.length - offset;
    let known: boolean | undefined;
    let key: Cell | string;
    if (width === 1 && !Buffer.isBuffer(args[offset])) {
      key = args[offset]!;
      known = single.get(key);
    } else {
      key = '';
      for (let index = offset; index < args.length; index += 1) key += cellKey(args[index]!);
      known = composite.get(key);
    }
    if (known !== undefined) return known;
    const answer = evaluate(args);
    if (single.size + composite.size >= limit) {
      remembering = false;
      single.clear();
      composite.clear();
    } else if (width === 1 && !Buffer.isBuffer(args[offset])) single.set(key as Cell, answer);
    else composite.set(key as string, answer);
    return answer;
  };
}

/** Runs `run` with the SQL functions answering by `matcher` and `sample`, and disarms them whatever happens. */
function withMatcher<T>(
  db: Db,
  matcher: (cells: Cell[]) => boolean,
  run: () => T,
  sample: (customerId: string) => void = () => undefined,
): T {
  const slot = matchFunctionOf(db);
  slot.current = matcher;
  slot.sample = sample;
  try {
    return run();
  } finally {
    slot.current = () => false;
    slot.sample = () => undefined;
  }
}

/** Rows the learning pass reads before a scan: enough to meet the common values of most fields. */
export const LEARNING_ROWS = 2_048;
/** Distinct tuples beyond which the values are too varied for SQLite to look answers up. */
const MAX_KNOWN_TUPLES = 512;

/** A SQL fragment with its parameters in the order they appear in it. */
interface Fragment {
  sql: string;
  params: (string | number)[];
}

/**
 * A test SQLite runs itself, with the rows it holds for: rows whose values were met in the learning
 * pass get their answer without a call into JavaScript, the rest go to the evaluator.
 */
interface KnownBranch {
  test: Fragment;
  matches: boolean;
  /** Rows of the learning pass it held for: the branches are tried most common first. */
  rows: number;
}

function columnsFragment(plan: ScanPlan): Fragment {
  return { sql: plan.columns.join(', '), params: plan.params };
}

/** A cell SQLite and JSON carry unchanged: text, and integers (list flags) JSON writes exactly. */
function isPlainCell(cell: Cell): cell is string | number {
  return typeof cell === 'string' || Number.isSafeInteger(cell);
}

/**
 * The learning pass: the distinct tuples of what the filter reads among the first selected rows,
 * each answered once by `matches`, as SQL tests. `(columns) IN (known tuples)` compares with
 * SQLite's own equality without affinity (text stays apart from numbers), so a row passes a test
 * only when it holds exactly the values that were evaluated. Tuples with a NULL are looked up only
 * for a single column (`IS NULL`); the rest, and every value not met here, go to the evaluator.
 */
function learnAnswers(
  db: Db,
  conditions: readonly SqlCondition[],
  plan: ScanPlan,
  matches: (cells: Cell[]) => boolean,
  learningRows = LEARNING_ROWS,
): KnownBranch[] {
  if (learningRows <= 0 || (plan.columns.length === 1 && plan.columns[0] === 'NULL')) return [];
  const terms = conditions.map((condition) => `(${condition.sql})`);
  const columns = columnsFragment(plan);
  const tuples = db
    .prepare(
      `SELECT ${columns.sql}, count(*) FROM (SELECT * FROM contacts AS ${C} ${terms.length ? `WHERE ${terms.join(' AND ')}` : ''} LIMIT ${Math.floor(learningRows)}) AS ${C} GROUP BY ${plan.columns.map((_, index) => index + 1).join(', ')} LIMIT ${MAX_KNOWN_TUPLES + 1}`,
    )
    .raw()
    .all(...columns.params, ...conditions.flatMap((condition) => condition.params)) as Cell[][];
  if (tuples.length > MAX_KNOWN_TUPLES) return [];
  const width = plan.columns.length;
  const known = { true: [] as (string | number)[][], false: [] as (string | number)[][] };
  const rows = { true: 0, false: 0 };
  const branches: KnownBranch[] = [];
  for (const tuple of tuples) {
    const cells = tuple.slice(0, width);
    const count = Number(tuple[width]);
    const answer = matches(cells);
    if (width === 1 && cells[0] === null) {
      branches.push({ test: { sql: `${columns.sql} IS NULL`, params: columns.params }, matches: answer, rows: count });
    } else if (cells.every(isPlainCell)) {
      known[`${answer}`].push(cells);
      rows[`${answer}`] += count;
    }
  }
  for (const answer of [true, false] as const) {
    const tuplesOf = known[`${answer}`];
    if (tuplesOf.length === 0) continue;
    const picked = width === 1 ? 'value' : plan.columns.map((_, index) => `value ->> ${index}`).join(', ');
    branches.push({
      test: {
        sql: `(${columns.sql}) IN (SELECT ${picked} FROM json_each(?))`,
        params: [...columns.params, JSON.stringify(width === 1 ? tuplesOf.map((cells) => cells[0]) : tuplesOf)],
      },
      matches: answer,
      rows: rows[`${answer}`],
    });
  }
  return branches.sort((a, b) => b.rows - a.rows);
}

/**
 * Whether a row matches, as SQL: the learnt branches, then the evaluator's function for the rest.
 * `matched` is what a matching row gives (1, or the sample call).
 */
function matchExpression(plan: ScanPlan, known: readonly KnownBranch[], matched: Fragment): Fragment {
  const call = matchCall(plan.columns);
  const unknown: Fragment = {
    sql: `CASE WHEN ${call} THEN ${matched.sql} ELSE 0 END`,
    params: [...plan.params, ...matched.params],
  };
  if (known.length === 0) return unknown;
  let sql = 'CASE';
  const params: (string | number)[] = [];
  for (const branch of known) {
    sql += ` WHEN ${branch.test.sql} THEN ${branch.matches ? matched.sql : '0'}`;
    params.push(...branch.test.params, ...(branch.matches ? matched.params : []));
  }
  return { sql: `${sql} ELSE ${unknown.sql} END`, params: [...params, ...unknown.params] };
}

/**
 * The WHERE clause: the conditions (which may use indexes), then the match; registers the
 * functions first, so statements using them prepare. With `sampling`, each row that meets the
 * conditions and matches is also handed to the sample function; it runs only for those rows
 * (SQLite may evaluate AND terms in any order, CASE branches it does not).
 */
function whereOf(
  db: Db,
  conditions: readonly SqlCondition[],
  plan: ScanPlan,
  known: readonly KnownBranch[],
  sampling = false,
): Fragment {
  matchFunctionOf(db);
  const terms = conditions.map((condition) => `(${condition.sql})`);
  const termParams = conditions.flatMap((condition) => condition.params);
  if (!sampling) {
    const match = matchExpression(plan, known, { sql: '1', params: [] });
    return { sql: `WHERE ${[...terms, match.sql].join(' AND ')}`, params: [...termParams, ...match.params] };
  }
  const sampled = matchExpression(plan, known, { sql: `${SAMPLE_FUNCTION}(${C}.customer_id)`, params: [] });
  if (terms.length === 0) return { sql: `WHERE ${sampled.sql}`, params: sampled.params };
  const all = terms.join(' AND ');
  return {
    sql: `WHERE ${all} AND CASE WHEN ${all} THEN ${sampled.sql} ELSE 0 END`,
    params: [...termParams, ...termParams, ...sampled.params],
  };
}

/**
 * Evaluates a filter SQL cannot express over the selected contacts. SQLite scans the rows and
 * hands the evaluator, through a SQL function, only what the filter reads: the columns of its
 * built-in fields, each custom field picked out of the attributes as a small JSON text, list
 * memberships as flags. Only matching rows come back. `visit` gets each matching customerId in
 * order; returning false stops. Synchronous: nothing else may run on the connection meanwhile.
 */
export function scanFilterMatches(
  db: Db,
  selection: ScanSelection,
  filter: Filter,
  options: ScanOptions,
  visit: (customerId: string) => boolean | void,
): void {
  const plan = planScan(filter, options.fields);
  const matcher = rowMatcher(plan, filter, options);
  const where = whereOf(
    db,
    selection.conditions,
    plan,
    learnAnswers(db, selection.conditions, plan, matcher, options.learningRows),
  );
  const orderBy = selection.orderBy === null ? '' : `ORDER BY ${selection.orderBy}`;
  const statement = db.prepare(`SELECT ${C}.customer_id FROM contacts AS ${C} ${where.sql} ${orderBy}`).pluck();
  withMatcher(db, matcher, () => {
    for (const customerId of statement.iterate(...where.params)) if (visit(customerId as string) === false) break;
  });
}

/** Orders as SQLite's BINARY collation does (UTF-8 bytes, so by code point), not by UTF-16 units. */
export function codePointOrder(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x === y) continue;
    // Surrogates stand for code points above every other UTF-16 unit.
    const rank = (unit: number) => (unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800);
    return rank(x) - rank(y);
  }
  return a.length - b.length;
}

/**
 * How many selected contacts match, and the `sampleSize` smallest matching customerIds in order.
 * One scan in storage order (the fastest) that returns no rows: the count comes from SQLite, the
 * evaluator sees only what the filter reads, and the ids of matching rows alone come back to keep
 * the sample.
 */
export function countFilterMatches(
  db: Db,
  conditions: readonly SqlCondition[],
  filter: Filter,
  options: ScanOptions,
  sampleSize: number,
): { count: number; sample: string[] } {
  const plan = planScan(filter, options.fields);
  const matcher = rowMatcher(plan, filter, options);
  const where = whereOf(db, conditions, plan, learnAnswers(db, conditions, plan, matcher, options.learningRows), true);
  const sample: string[] = [];
  const keepInSample = (customerId: string) => {
    if (sampleSize === 0) return;
    if (sample.length === sampleSize && codePointOrder(customerId, sample[sampleSize - 1]!) >= 0) return;
    let at = sample.length;
    while (at > 0 && codePointOrder(customerId, sample[at - 1]!) < 0) at -= 1;
    sample.splice(at, 0, customerId);
    if (sample.length > sampleSize) sample.pop();
  };
  const count = withMatcher(
    db,
    matcher,
    () =>
      db
        .prepare(`SELECT count(*) FROM contacts AS ${C} ${where.sql}`)
        .pluck()
        .get(...where.params) as number,
    keepInSample,
  );
  return { count, sample };
}
