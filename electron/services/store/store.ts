import path from 'node:path';
import { DATABASE_FILE_NAME, databaseVersion, openDatabase, type Db } from './database';
import { createContactListsRepository } from './contact-lists-repository';
import { createContactsRepository } from './contacts-repository';
import { createCustomFieldsRepository } from './customer-fields-repository';
import { createFieldUsageRepository } from './field-usage-repository';
import { createJourneysRepository } from './journeys-repository';
import { createSampleProfilesRepository } from './sample-profiles-repository';
import { createSettingsRepository } from './settings-repository';
import { createTemplatesRepository } from './templates-repository';
import { createVersionsRepository } from './versions-repository';

export interface Store {
  readonly file: string;
  readonly db: Db;
  readonly journeys: ReturnType<typeof createJourneysRepository>;
  readonly versions: ReturnType<typeof createVersionsRepository>;
  readonly templates: ReturnType<typeof createTemplatesRepository>;
  readonly profiles: ReturnType<typeof createSampleProfilesRepository>;
  readonly settings: ReturnType<typeof createSettingsRepository>;
  readonly fields: ReturnType<typeof createCustomFieldsRepository>;
  readonly fieldUsage: ReturnType<typeof createFieldUsageRepository>;
  readonly contacts: ReturnType<typeof createContactsRepository>;
  readonly lists: ReturnType<typeof createContactListsRepository>;
  version(): number;
  /**
   * Folds the WAL into the file and empties it: with secure delete on, a purged row is then gone
   * from the disk, not only from the database. Call after a purge, outside any transaction.
   */
  forgetDeleted(): void;
  /** Runs fn in one transaction across repositories. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export function openStore(dataDir: string, options: { secretKey?: Buffer } = {}): Store {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const db = openDatabase(file, options.secretKey ? { secretKey: options.secretKey } : {});
  return {
    file,
    db,
    journeys: createJourneysRepository(db),
    versions: createVersionsRepository(db),
    templates: createTemplatesRepository(db),
    profiles: createSampleProfilesRepository(db),
    settings: createSettingsRepository(db),
    fields: createCustomFieldsRepository(db),
    fieldUsage: createFieldUsageRepository(db),
    contacts: createContactsRepository(db),
    lists: createContactListsRepository(db),
    version: () => databaseVersion(db),
    // Another connection still reading old pages makes this a no-op; the next purge retries.
    forgetDeleted: () => void db.pragma('wal_checkpoint(TRUNCATE)'),
    transaction: (fn) => db.transaction(fn)(),
    close: () => db.close(),
  };
}
