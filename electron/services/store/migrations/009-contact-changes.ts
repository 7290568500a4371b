import type { StoreMigration } from './types';

/**
 * Which contacts changed since an audience journey enrolled them, for entries that "also enrol
 * contacts who match later". The engine lists the journeys that want to hear of changes in
 * engine_contact_watch and, while any does, keeps triggers on contacts and list memberships that
 * queue each changed contact once per such journey in engine_contact_changes, whichever process
 * wrote it (see contact-change-triggers.ts beside the engine store). Without a watching journey
 * there are no triggers, so a large import pays nothing for them.
 */
export const contactChangesSchema: StoreMigration = {
  version: 9,
  name: 'engine: contacts changed since enrolment, for entries that also enrol later',
  up: `
    CREATE TABLE engine_contact_watch (
      journey_id TEXT PRIMARY KEY NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE engine_contact_changes (
      journey_id TEXT NOT NULL,
      contact_id TEXT NOT NULL,
      PRIMARY KEY (journey_id, contact_id)
    ) WITHOUT ROWID;
  `,
};
