import type { StoreMigration } from './types';

/**
 * Which contacts changed since an audience journey enrolled them, for entries that "also enrol
 * contacts who match later". The engine lists the journeys that want to hear of changes in
 * engine_contact_watch; triggers on contacts and list memberships then queue each changed contact
 * once per such journey in engine_contact_changes, whichever process wrote it (the app, an
 * import, the events API, the command line). A contact the journey's activation scan has not
 * reached yet is not queued: the scan reads its new state itself. With nothing watched the
 * triggers do nothing but look at an empty table.
 */
const QUEUE_CHANGE = `
  INSERT OR IGNORE INTO engine_contact_changes (journey_id, contact_id)
  SELECT w.journey_id, NEW.customer_id FROM engine_contact_watch AS w
  JOIN engine_journeys AS j ON j.journey_id = w.journey_id
  WHERE j.enrol_done = 1 OR (j.enrol_cursor IS NOT NULL AND NEW.customer_id <= j.enrol_cursor);`;

function queueOn(trigger: string, event: string, table: string): string {
  return `CREATE TRIGGER ${trigger} AFTER ${event} ON ${table}
    WHEN EXISTS (SELECT 1 FROM engine_contact_watch)
    BEGIN ${QUEUE_CHANGE} END;`;
}

export const contactChangesSchema: StoreMigration = {
  version: 8,
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

    ${queueOn('engine_contact_inserted', 'INSERT', 'contacts')}
    ${queueOn('engine_contact_updated', 'UPDATE', 'contacts')}
    ${queueOn('engine_list_member_added', 'INSERT', 'contact_list_members')}
  `,
};
