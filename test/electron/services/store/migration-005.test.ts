import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from '../../../../electron/services/store/database';
import { storeMigrations } from '../../../../electron/services/store/migrations/index';
import { openStore } from '../../../../electron/services/store/store';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

describe('store migration 005: contact indexes', () => {
  it('adds the table of indexes set aside by a bulk import and an index for sorting by time zone, keeping the contacts', () => {
    const dir = tempDir();
    const old = openDatabase(path.join(dir, DATABASE_FILE_NAME), {
      migrations: storeMigrations.filter((m) => m.version <= 4),
    });
    old
      .prepare(
        "INSERT INTO contacts (customer_id, time_zone, created_at) VALUES ('c-1', 'Europe/Berlin', '2025-01-01T00:00:00.000Z')",
      )
      .run();
    old.close();

    const store = openStore(dir);
    expect(store.version()).toBeGreaterThanOrEqual(5);
    expect(store.db.prepare('SELECT count(*) FROM deferred_indexes').pluck().get()).toBe(0);
    const plan = store.db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM contacts WHERE time_zone = 'Europe/Berlin'")
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('contacts_by_time_zone');
    expect(store.contacts.find('c-1')).toMatchObject({ timeZone: 'Europe/Berlin' });
    store.close();
  });
});
