import { contactToRow, CONTACT_INSERT_SQL, type Contact } from '../../../shared/audience/index';
import type { Store } from '../store/store';

export type ExistingPolicy = 'update' | 'skip';

export interface BatchCounts {
  imported: number;
  updated: number;
  skipped: number;
}

/**
 * "update" merges: a cell left empty keeps what the contact had (imports add to profiles, they do
 * not blank them), attributes are merged key by key, createdAt changes only when the file gives it.
 */
const MERGE = `${CONTACT_INSERT_SQL} ON CONFLICT (customer_id) DO UPDATE SET
  email = coalesce(excluded.email, email),
  phone = coalesce(excluded.phone, phone),
  telegram_chat_id = coalesce(excluded.telegram_chat_id, telegram_chat_id),
  push_tokens = CASE WHEN excluded.push_tokens = '[]' THEN push_tokens ELSE excluded.push_tokens END,
  language = coalesce(excluded.language, language),
  time_zone = coalesce(excluded.time_zone, time_zone),
  created_at = CASE WHEN @created_at_given = 1 THEN excluded.created_at ELSE created_at END,
  attributes = json_patch(attributes, excluded.attributes)`;

const SKIP = `${CONTACT_INSERT_SQL} ON CONFLICT (customer_id) DO NOTHING`;

export interface ContactBatchWriter {
  /**
   * Writes the rows in ONE transaction, with `before` (creating new fields or the list) and the
   * list memberships inside it: a batch is committed whole or not at all.
   */
  write(rows: readonly { contact: Contact; createdAtGiven: boolean }[], listId: string | null, before?: () => void): BatchCounts;
}

export function createBatchWriter(store: Store, existing: ExistingPolicy): ContactBatchWriter {
  const { db } = store;
  const merge = db.prepare(MERGE);
  const skip = db.prepare(SKIP);
  const exists = db.prepare('SELECT 1 FROM contacts WHERE customer_id = ?').pluck();
  const write = db.transaction((rows: readonly { contact: Contact; createdAtGiven: boolean }[], listId: string | null, before?: () => void): BatchCounts => {
    before?.();
    const counts: BatchCounts = { imported: 0, updated: 0, skipped: 0 };
    for (const { contact, createdAtGiven } of rows) {
      const row = contactToRow(contact);
      if (existing === 'skip') {
        if (skip.run(row).changes === 0) counts.skipped += 1;
        else counts.imported += 1;
      } else {
        // A repeat of a customerId earlier in the file is "existing" by now: the later row wins.
        if (exists.get(contact.customerId) === undefined) counts.imported += 1;
        else counts.updated += 1;
        merge.run({ ...row, created_at_given: createdAtGiven ? 1 : 0 });
      }
    }
    if (listId !== null) store.lists.addMembersUnchecked(listId, rows.map((row) => row.contact.customerId));
    return counts;
  });
  return { write };
}
