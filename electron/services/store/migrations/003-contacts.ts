import { CONTACTS_SCHEMA_SQL } from '../../audience/contacts-table';
import type { StoreMigration } from './types';

/**
 * Customer fields, contacts and contact lists. The contacts tables come from the shared layout so
 * filterToSql's WHERE clauses always match them; the extra indexes serve the Contacts page:
 * sorting by a built-in column and prefix search (customer_id uses the primary key, email is
 * searched case-insensitively through lower(email), phone through its shared index).
 */
export const contactsSchema: StoreMigration = {
  version: 3,
  name: 'customer fields, contacts, contact lists',
  up: `
    CREATE TABLE customer_fields (
      key TEXT PRIMARY KEY NOT NULL,
      label TEXT NOT NULL,
      description TEXT NOT NULL,
      type TEXT NOT NULL,
      options TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    ${CONTACTS_SCHEMA_SQL.join(';\n')};
    CREATE INDEX contacts_by_email_folded ON contacts (lower(email));
    CREATE INDEX contacts_by_created ON contacts (created_at);
    CREATE INDEX contacts_by_language ON contacts (language);

    CREATE TABLE contact_lists (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
