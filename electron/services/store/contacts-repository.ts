import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import { type Contact } from '../../../shared/audience/index';
import { CONTACT_INSERT_SQL, contactFromRow, contactToRow, type ContactRow } from '../audience/contacts-table';
import { type SqlCondition } from '../audience/filter-to-sql';
import type { Db } from './database';

/** Every query names the table `c`, the alias filterToSql is given. */
export const CONTACTS_ALIAS = 'c';

const ContactRowSchema = z.object({
  customer_id: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  telegram_chat_id: z.string().nullable(),
  push_tokens: z.string(),
  language: z.string().nullable(),
  time_zone: z.string().nullable(),
  created_at: z.string(),
  attributes: z.string(),
});

/** Rows shown to people are checked in full; scans over a million rows rely on the STRICT table instead. */
export function parseContactRow(raw: unknown): Contact {
  return contactFromRow(ContactRowSchema.parse(raw));
}

export interface ContactSelection {
  /** ANDed together; each from filterToSql, a search or a list. */
  conditions: readonly SqlCondition[];
  /** An ORDER BY expression list over `c` (no "ORDER BY"); trusted, built by the service. */
  orderBy: string;
}

function whereOf(conditions: readonly SqlCondition[]): { sql: string; params: (string | number)[] } {
  if (conditions.length === 0) return { sql: '', params: [] };
  return {
    sql: `WHERE ${conditions.map((condition) => `(${condition.sql})`).join(' AND ')}`,
    params: conditions.flatMap((condition) => condition.params),
  };
}

const UPSERT_SQL = `${CONTACT_INSERT_SQL} ON CONFLICT (customer_id) DO UPDATE SET email = excluded.email, phone = excluded.phone,
  telegram_chat_id = excluded.telegram_chat_id, push_tokens = excluded.push_tokens, language = excluded.language,
  time_zone = excluded.time_zone, created_at = excluded.created_at, attributes = excluded.attributes`;

export function createContactsRepository(db: Db) {
  // Queries are built from a small set of shapes (search, list, filter, sort); cache their statements.
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      if (statements.size > 200) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const selectOne = db.prepare(`SELECT * FROM contacts WHERE customer_id = ?`);
  const idsAfter = db
    .prepare('SELECT customer_id FROM contacts WHERE customer_id > ? ORDER BY customer_id LIMIT ?')
    .pluck();
  const selectMany = db.prepare('SELECT * FROM contacts WHERE customer_id IN (SELECT value FROM json_each(?))');
  const upsert = db.prepare(UPSERT_SQL);
  const deleteOne = db.prepare('DELETE FROM contacts WHERE customer_id = ?');
  const deleteMemberships = db.prepare('DELETE FROM contact_list_members WHERE customer_id = ?');
  const countAll = db.prepare('SELECT count(*) FROM contacts').pluck();

  return {
    find(customerId: string): Contact | undefined {
      const row = selectOne.get(customerId);
      return row === undefined ? undefined : parseContactRow(row);
    },
    /** The contacts among these ids that exist, in no particular order: one query for a batch. */
    findMany(customerIds: readonly string[]): Contact[] {
      return selectMany.all(JSON.stringify(customerIds)).map((row) => contactFromRow(row as ContactRow));
    },
    put(contact: Contact): void {
      upsert.run(contactToRow(contact));
    },
    /** Deletes the contacts and their list memberships; returns how many contacts there were. */
    delete: db.transaction((customerIds: readonly string[]): number => {
      let deleted = 0;
      for (const id of customerIds) {
        deleted += deleteOne.run(id).changes;
        deleteMemberships.run(id);
      }
      return deleted;
    }),
    countAll: (): number => countAll.get() as number,
    count(conditions: readonly SqlCondition[]): number {
      const where = whereOf(conditions);
      return prepared(`SELECT count(*) FROM contacts AS ${CONTACTS_ALIAS} ${where.sql}`)
        .pluck()
        .get(...where.params) as number;
    },
    page(selection: ContactSelection, offset: number, limit: number): Contact[] {
      const where = whereOf(selection.conditions);
      const sql = `SELECT ${CONTACTS_ALIAS}.* FROM contacts AS ${CONTACTS_ALIAS} ${where.sql} ORDER BY ${selection.orderBy} LIMIT ? OFFSET ?`;
      return prepared(sql)
        .all(...where.params, limit, offset)
        .map(parseContactRow);
    },
    /**
     * Visits every selected contact in order, synchronously (better-sqlite3 cannot run another
     * statement on the connection while an iterator is open, so nothing may await inside).
     * Stops when visit returns false.
     */
    scan(selection: ContactSelection, visit: (contact: Contact) => boolean | void): void {
      const where = whereOf(selection.conditions);
      const sql = `SELECT ${CONTACTS_ALIAS}.* FROM contacts AS ${CONTACTS_ALIAS} ${where.sql} ORDER BY ${selection.orderBy}`;
      for (const row of prepared(sql).iterate(...where.params)) {
        if (visit(contactFromRow(row as ContactRow)) === false) break;
      }
    },
    /** The ids of the contacts after `afterId`, in customer_id order: keyset pages of ids only. */
    idsAfter(afterId: string, limit: number): string[] {
      return idsAfter.all(afterId, limit) as string[];
    },
    /** Contacts after `afterId` in customer_id order: keyset pages for streaming exports. */
    pageAfter(conditions: readonly SqlCondition[], afterId: string, limit: number): Contact[] {
      const where = whereOf([...conditions, { sql: `${CONTACTS_ALIAS}.customer_id > ?`, params: [afterId] }]);
      const sql = `SELECT ${CONTACTS_ALIAS}.* FROM contacts AS ${CONTACTS_ALIAS} ${where.sql} ORDER BY ${CONTACTS_ALIAS}.customer_id LIMIT ?`;
      return prepared(sql)
        .all(...where.params, limit)
        .map((row) => contactFromRow(row as ContactRow));
    },
  };
}

export type ContactsRepository = ReturnType<typeof createContactsRepository>;
