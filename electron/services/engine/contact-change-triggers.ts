/**
 * The triggers that queue changed contacts for journeys in engine_contact_watch. They exist only
 * while some journey watches: an idle trigger still costs a large import about a third more time
 * per row. A contact the journey's activation scan has not reached yet is not queued: the scan
 * reads its new state itself (it walks contacts in customer_id order; enrol_cursor is the last
 * one it enrolled).
 */
const QUEUE_CHANGE = `
  INSERT OR IGNORE INTO engine_contact_changes (journey_id, contact_id)
  SELECT w.journey_id, NEW.customer_id FROM engine_contact_watch AS w
  JOIN engine_journeys AS j ON j.journey_id = w.journey_id
  WHERE j.enrol_done = 1 OR (j.enrol_cursor IS NOT NULL AND NEW.customer_id <= j.enrol_cursor);`;

const TRIGGERS: readonly { name: string; on: string }[] = [
  { name: 'engine_contact_inserted', on: 'INSERT ON contacts' },
  { name: 'engine_contact_updated', on: 'UPDATE ON contacts' },
  { name: 'engine_list_member_added', on: 'INSERT ON contact_list_members' },
];

export const CONTACT_CHANGE_TRIGGER_NAMES = TRIGGERS.map((trigger) => trigger.name);

export const CREATE_CONTACT_CHANGE_TRIGGERS = TRIGGERS.map(
  (trigger) => `CREATE TRIGGER IF NOT EXISTS ${trigger.name} AFTER ${trigger.on} BEGIN ${QUEUE_CHANGE} END;`,
).join('\n');

export const DROP_CONTACT_CHANGE_TRIGGERS = TRIGGERS.map((trigger) => `DROP TRIGGER IF EXISTS ${trigger.name};`).join(
  '\n',
);
