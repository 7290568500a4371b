import type { StoreMigration } from '../../../../../electron/services/store/migrations/types';

export const NOTE_ROWS = 40_000;

/** Version 1: notes with enough text that a backup takes a while. */
export const notesMigration: StoreMigration = {
  version: 1,
  name: 'notes',
  up: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;',
};

/** Version 2: a slow rewrite of every row, so a kill can land inside the migration too. */
export const upgradeMigrations: readonly StoreMigration[] = [
  notesMigration,
  {
    version: 2,
    name: 'notes in upper case',
    up: 'ALTER TABLE notes ADD COLUMN shout TEXT;',
    migrateRows: (db) => {
      const update = db.prepare('UPDATE notes SET shout = upper(text) WHERE id = ?');
      for (let id = 1; id <= NOTE_ROWS; id += 1) update.run(id);
    },
  },
];
