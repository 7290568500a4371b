import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Contact } from '../../../../../shared/audience/index';
import {
  CONTACT_INSERT_SQL,
  CONTACTS_SCHEMA_SQL,
  contactFromRow,
  contactToRow,
  type ContactRow,
} from '../../../../../electron/services/audience/contacts-table';

export interface ContactsDb {
  db: Database.Database;
  close(): void;
}

/** A real SQLite file in a fresh temp dir, with the documented contacts layout. */
export function openContactsDb(): ContactsDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-audience-'));
  const db = new Database(path.join(dir, 'contacts.db'));
  for (const statement of CONTACTS_SCHEMA_SQL) db.exec(statement);
  return {
    db,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function insertContacts(db: Database.Database, contacts: readonly Contact[]): void {
  const insert = db.prepare(CONTACT_INSERT_SQL);
  db.transaction(() => {
    for (const contact of contacts) insert.run(contactToRow(contact));
  })();
}

/** Rows written as they are, to put data in the table that no Contact would produce. */
export function insertRows(db: Database.Database, rows: readonly ContactRow[]): void {
  const insert = db.prepare(CONTACT_INSERT_SQL);
  db.transaction(() => {
    for (const row of rows) insert.run(row);
  })();
}

export function insertMembers(db: Database.Database, listId: string, customerIds: Iterable<string>): void {
  const insert = db.prepare('INSERT INTO contact_list_members (list_id, customer_id) VALUES (?, ?)');
  db.transaction(() => {
    for (const customerId of customerIds) insert.run(listId, customerId);
  })();
}

/** Every contact as read back from the table: the evaluator sees exactly what SQL sees. */
export function readContacts(db: Database.Database): Contact[] {
  return (db.prepare('SELECT * FROM contacts ORDER BY customer_id').all() as ContactRow[]).map(contactFromRow);
}

export function readLists(db: Database.Database): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const { list_id, customer_id } of db.prepare('SELECT list_id, customer_id FROM contact_list_members').all() as {
    list_id: string;
    customer_id: string;
  }[]) {
    const members = lists.get(list_id) ?? [];
    members.push(customer_id);
    lists.set(list_id, members);
  }
  return lists;
}
