import type { AttributeValue, BuiltinFieldKey, Contact } from '../../../shared/audience/index';

/**
 * The SQLite layout contacts are stored in. filterToSql writes WHERE clauses against exactly this
 * layout, so the store creates its tables from CONTACTS_SCHEMA_SQL and writes rows with
 * contactToRow rather than on its own.
 */

export const CONTACTS_TABLE = 'contacts';
export const CONTACT_LIST_MEMBERS_TABLE = 'contact_list_members';

/** The column of each built-in field; custom fields live in the JSON object `attributes`. */
export const CONTACT_COLUMNS: Readonly<Record<BuiltinFieldKey, string>> = {
  customerId: 'customer_id',
  email: 'email',
  phone: 'phone',
  telegramChatId: 'telegram_chat_id',
  pushTokens: 'push_tokens',
  language: 'language',
  timeZone: 'time_zone',
  createdAt: 'created_at',
};
export const ATTRIBUTES_COLUMN = 'attributes';

/**
 * STRICT tables, so a column only ever holds its declared type. The JSON columns are checked to be
 * an array / an object: a malformed one would make every filter query over the table fail. The
 * CASE makes json_type run only on valid JSON (it raises an error on malformed text).
 * contact_list_members has no foreign key: a list may name customers not imported yet.
 */
export const CONTACTS_SCHEMA_SQL: readonly string[] = [
  `CREATE TABLE ${CONTACTS_TABLE} (
  customer_id TEXT PRIMARY KEY NOT NULL CHECK (customer_id <> ''),
  email TEXT,
  phone TEXT,
  telegram_chat_id TEXT,
  push_tokens TEXT NOT NULL DEFAULT '[]' CHECK (CASE WHEN json_valid(push_tokens) THEN json_type(push_tokens) = 'array' ELSE 0 END),
  language TEXT,
  time_zone TEXT,
  created_at TEXT NOT NULL,
  attributes TEXT NOT NULL DEFAULT '{}' CHECK (CASE WHEN json_valid(attributes) THEN json_type(attributes) = 'object' ELSE 0 END)
) STRICT`,
  `CREATE TABLE ${CONTACT_LIST_MEMBERS_TABLE} (
  list_id TEXT NOT NULL,
  customer_id TEXT NOT NULL,
  PRIMARY KEY (list_id, customer_id)
) STRICT, WITHOUT ROWID`,
  `CREATE INDEX ${CONTACT_LIST_MEMBERS_TABLE}_by_customer ON ${CONTACT_LIST_MEMBERS_TABLE} (customer_id, list_id)`,
  `CREATE INDEX ${CONTACTS_TABLE}_by_email ON ${CONTACTS_TABLE} (email)`,
  `CREATE INDEX ${CONTACTS_TABLE}_by_phone ON ${CONTACTS_TABLE} (phone)`,
];

/** One row of `contacts`, as better-sqlite3 binds and returns it. */
export interface ContactRow {
  customer_id: string;
  email: string | null;
  phone: string | null;
  telegram_chat_id: string | null;
  /** JSON array of strings. */
  push_tokens: string;
  language: string | null;
  time_zone: string | null;
  /** ISO 8601 UTC with milliseconds. */
  created_at: string;
  /** JSON object of custom field values by key. */
  attributes: string;
}

/** Named parameters for an INSERT: `INSERT INTO contacts (...) VALUES (@customer_id, ...)`. */
export function contactToRow(contact: Contact): ContactRow {
  // null attributes are left out: an absent key and null both mean unset, and the JSON stays small.
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(contact.attributes)) if (value !== null) attributes[key] = value;
  return {
    customer_id: contact.customerId,
    email: contact.email,
    phone: contact.phone,
    telegram_chat_id: contact.telegramChatId,
    push_tokens: JSON.stringify(contact.pushTokens),
    language: contact.language,
    time_zone: contact.timeZone,
    created_at: contact.createdAt,
    attributes: JSON.stringify(attributes),
  };
}

/** The columns in CONTACT_INSERT_SQL's order: what contactValues fills. */
export const CONTACT_VALUE_COLUMNS: readonly string[] = [...Object.values(CONTACT_COLUMNS), ATTRIBUTES_COLUMN];

/**
 * The row as positional parameters in CONTACT_VALUE_COLUMNS order: the same values as
 * contactToRow without an object per row, for writing a million of them.
 */
export function contactValues(contact: Contact): (string | null)[] {
  let attributes = contact.attributes;
  for (const key in attributes) {
    if (attributes[key] === null) {
      attributes = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== null));
      break;
    }
  }
  return [
    contact.customerId,
    contact.email,
    contact.phone,
    contact.telegramChatId,
    JSON.stringify(contact.pushTokens),
    contact.language,
    contact.timeZone,
    contact.createdAt,
    JSON.stringify(attributes),
  ];
}

export const CONTACT_INSERT_SQL = `INSERT INTO ${CONTACTS_TABLE} (${Object.values(CONTACT_COLUMNS).join(', ')}, ${ATTRIBUTES_COLUMN}) VALUES (${[
  ...Object.values(CONTACT_COLUMNS),
  ATTRIBUTES_COLUMN,
]
  .map((column) => `@${column}`)
  .join(', ')})`;

function parseJson(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fallback;
  }
}

/**
 * A row read back as a Contact. No checking beyond the JSON: rows hold what was stored, including
 * attributes of a type their field no longer has; the evaluator treats those exactly as the SQL does.
 */
export function contactFromRow(row: ContactRow): Contact {
  const tokens = parseJson(row.push_tokens, []);
  const attributes = parseJson(row.attributes, {});
  return {
    customerId: row.customer_id,
    email: row.email,
    phone: row.phone,
    telegramChatId: row.telegram_chat_id,
    pushTokens: Array.isArray(tokens) ? (tokens as string[]) : [],
    language: row.language,
    timeZone: row.time_zone,
    createdAt: row.created_at,
    attributes:
      typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes)
        ? (attributes as Contact['attributes'])
        : {},
  };
}
