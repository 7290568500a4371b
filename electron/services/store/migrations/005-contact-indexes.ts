import type { StoreMigration } from './types';

/**
 * Two things for a million contacts:
 *
 * - A large CSV import drops the secondary indexes of contacts and builds them again once the
 *   rows are in: one sorted build is far cheaper than a million inserts at random places. Each
 *   dropped index is written to deferred_indexes in the same transaction that drops it, so an
 *   import that never got to rebuild (a crash, a power cut) is repaired at the next start.
 * - Every column the Contacts table sorts by has an index, time_zone being the one without: a
 *   sorted page deep in the table is then an index walk rather than a sort of every contact.
 */
export const contactIndexesSchema: StoreMigration = {
  version: 5,
  name: 'indexes set aside during a bulk import; time zone index',
  up: `
    CREATE TABLE deferred_indexes (
      name TEXT PRIMARY KEY NOT NULL,
      sql TEXT NOT NULL
    ) STRICT;
    CREATE INDEX contacts_by_time_zone ON contacts (time_zone);
  `,
};
