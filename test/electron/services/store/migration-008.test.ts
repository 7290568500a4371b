import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from '../../../../electron/services/store/database';
import { SEEDED_PROFILES } from '../../../../electron/services/store/migrations/002-sample-profiles';
import { storeMigrations } from '../../../../electron/services/store/migrations/index';
import { openStore } from '../../../../electron/services/store/store';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const [seededCustomer, seededSeller] = SEEDED_PROFILES;

describe('store migration 008: seeded sample profiles use only customer fields', () => {
  it('leaves a fresh database with seeded profiles that fill built-in fields only', () => {
    const store = openStore(tempDir());
    const maya = store.profiles.require('sample-customer');
    expect(maya.data.customer).toEqual({
      customerId: 'C-104293',
      email: 'maya.fernandes@example.com',
      phone: '+919820012345',
      language: 'en',
    });
    // Order and event data are not customer fields and stay as they were.
    expect(maya.data.order).toEqual(seededCustomer.data.order);
    expect(maya.data.event).toEqual(seededCustomer.data.event);
    expect(Object.keys(store.profiles.require('sample-seller').data.customer).sort()).toEqual([
      'customerId',
      'email',
      'language',
      'phone',
    ]);
    store.close();
  });

  it('keeps the keys the project has defined as fields, and leaves an edited seeded profile alone', () => {
    const dir = tempDir();
    const old = openDatabase(path.join(dir, DATABASE_FILE_NAME), {
      migrations: storeMigrations.filter((m) => m.version <= 7),
    });
    old
      .prepare(
        "INSERT INTO customer_fields (key, label, description, type, options, created_at, updated_at) VALUES ('city', 'City', '', 'text', NULL, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
      )
      .run();
    const edited = { ...seededSeller.data, customer: { ...seededSeller.data.customer, first_name: 'Arjun M.' } };
    old.prepare("UPDATE sample_profiles SET data = ? WHERE id = 'sample-seller'").run(JSON.stringify(edited));
    old.close();

    const store = openStore(dir);
    expect(store.profiles.require('sample-customer').data.customer).toEqual({
      customerId: 'C-104293',
      email: 'maya.fernandes@example.com',
      phone: '+919820012345',
      language: 'en',
      city: 'Pune',
    });
    expect(store.profiles.require('sample-seller').data).toEqual(edited);
    store.close();
  });
});
