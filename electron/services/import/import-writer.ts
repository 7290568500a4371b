import { CONTACT_VALUE_COLUMNS } from '../audience/contacts-table';
import type { Store } from '../store/store';
import type { ImportRow } from './csv-batches';

export type ExistingPolicy = 'update' | 'skip';

export interface BatchCounts {
  imported: number;
  updated: number;
  skipped: number;
}

const INSERT_NEW = `INSERT INTO contacts (${CONTACT_VALUE_COLUMNS.join(', ')}) VALUES (${CONTACT_VALUE_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT (customer_id) DO NOTHING`;

/**
 * "update" merges into an existing contact: a cell left empty keeps what the contact had (imports
 * add to profiles, they do not blank them), attributes are merged key by key, createdAt changes
 * only when the file gives it.
 */
const MERGE_EXISTING = `UPDATE contacts SET
  email = coalesce(?, email),
  phone = coalesce(?, phone),
  telegram_chat_id = coalesce(?, telegram_chat_id),
  push_tokens = CASE WHEN ? = '[]' THEN push_tokens ELSE ? END,
  language = coalesce(?, language),
  time_zone = coalesce(?, time_zone),
  created_at = CASE WHEN ? THEN ? ELSE created_at END,
  attributes = json_patch(attributes, ?)
  WHERE customer_id = ?`;

export interface ContactBatchWriter {
  /**
   * Writes the rows in ONE transaction, with `before` (creating new fields or the list) and the
   * list memberships inside it: a batch is committed whole or not at all.
   */
  write(rows: readonly ImportRow[], listId: string | null, before?: () => void): BatchCounts;
}

/**
 * Every row is first offered as new, which is all a first import needs; only when the customerId
 * exists (in the database, or earlier in the file: the later row wins) is it merged or skipped.
 */
export function createBatchWriter(store: Store, existing: ExistingPolicy): ContactBatchWriter {
  const { db } = store;
  const insertNew = db.prepare(INSERT_NEW);
  const mergeExisting = db.prepare(MERGE_EXISTING);
  const writeRows = (rows: readonly ImportRow[], counts: BatchCounts) => {
    for (const { values, createdAtGiven } of rows) {
      if (insertNew.run(values).changes === 1) counts.imported += 1;
      else if (existing === 'skip') counts.skipped += 1;
      else {
        const [customerId, email, phone, telegramChatId, pushTokens, language, timeZone, createdAt, attributes] =
          values;
        mergeExisting.run(
          email,
          phone,
          telegramChatId,
          pushTokens,
          pushTokens,
          language,
          timeZone,
          createdAtGiven ? 1 : 0,
          createdAt,
          attributes,
          customerId,
        );
        counts.updated += 1;
      }
    }
  };
  const write = db.transaction(
    (rows: readonly ImportRow[], listId: string | null, before?: () => void): BatchCounts => {
      before?.();
      const counts: BatchCounts = { imported: 0, updated: 0, skipped: 0 };
      // The table's CHECKs re-parse push_tokens and attributes to see they are a JSON array and
      // object; these values come from contactValues (JSON.stringify of exactly those), and
      // rowToContact refused empty customerIds. Skipping the re-parse saves about a tenth of a large
      // import. Only for these statements: the flag is back on before anything else can run.
      db.pragma('ignore_check_constraints = ON');
      try {
        writeRows(rows, counts);
      } finally {
        db.pragma('ignore_check_constraints = OFF');
      }
      if (listId !== null)
        store.lists.addMembersUnchecked(
          listId,
          rows.map((row) => row.values[0] as string),
        );
      return counts;
    },
  );
  return { write };
}
