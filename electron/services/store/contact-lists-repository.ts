import { z } from 'zod';
import { ApiError, type ContactList } from '../../../shared/contract/index';
import type { Db } from './database';

const ListRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  created_at: z.string(),
  updated_at: z.string(),
});

function toList(raw: unknown): ContactList {
  const row = ListRowSchema.parse(raw);
  return { id: row.id, name: row.name, size: row.size, createdAt: row.created_at, updatedAt: row.updated_at };
}

const WITH_SIZE =
  'SELECT l.*, (SELECT count(*) FROM contact_list_members AS m WHERE m.list_id = l.id) AS size FROM contact_lists AS l';

/** Static, named lists of customerIds. Members need not be imported yet (no foreign key, by design). */
export function createContactListsRepository(db: Db) {
  const selectAll = db.prepare(`${WITH_SIZE} ORDER BY l.name COLLATE NOCASE, l.id`);
  const selectOne = db.prepare(`${WITH_SIZE} WHERE l.id = ?`);
  const selectByName = db.prepare('SELECT id FROM contact_lists WHERE name = ? COLLATE NOCASE AND id <> ?').pluck();
  const insert = db.prepare('INSERT INTO contact_lists (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const rename = db.prepare('UPDATE contact_lists SET name = ?, updated_at = ? WHERE id = ?');
  const touch = db.prepare('UPDATE contact_lists SET updated_at = ? WHERE id = ?');
  const deleteList = db.prepare('DELETE FROM contact_lists WHERE id = ?');
  const deleteAllMembers = db.prepare('DELETE FROM contact_list_members WHERE list_id = ?');
  const addMember = db.prepare('INSERT OR IGNORE INTO contact_list_members (list_id, customer_id) VALUES (?, ?)');
  const isMember = db.prepare('SELECT 1 FROM contact_list_members WHERE list_id = ? AND customer_id = ?').pluck();
  const removeMember = db.prepare('DELETE FROM contact_list_members WHERE list_id = ? AND customer_id = ?');
  const listsOf = db.prepare(
    'SELECT l.id, l.name FROM contact_list_members AS m JOIN contact_lists AS l ON l.id = m.list_id WHERE m.customer_id = ? ORDER BY l.name COLLATE NOCASE, l.id',
  );

  function require(id: string): ContactList {
    const row = selectOne.get(id);
    if (row === undefined) throw new ApiError('NOT_FOUND', `There is no contact list with id "${id}".`);
    return toList(row);
  }

  function refuseDuplicateName(name: string, id: string): void {
    if (selectByName.get(name, id) !== undefined)
      throw new ApiError('CONFLICT', `There is already a list named "${name}".`);
  }

  return {
    list: (): ContactList[] => selectAll.all().map(toList),
    require,
    isMember: (listId: string, customerId: string): boolean => isMember.get(listId, customerId) !== undefined,
    exists: (id: string): boolean => selectOne.get(id) !== undefined,
    create: db.transaction((id: string, name: string, now: string): ContactList => {
      refuseDuplicateName(name, id);
      insert.run(id, name, now, now);
      return require(id);
    }),
    rename: db.transaction((id: string, name: string, now: string): ContactList => {
      require(id);
      refuseDuplicateName(name, id);
      rename.run(name, now, id);
      return require(id);
    }),
    delete: db.transaction((id: string): void => {
      require(id);
      deleteAllMembers.run(id);
      deleteList.run(id);
    }),
    /** Adds without a transaction of its own, so an import batch can include it in its own. */
    addMembersUnchecked(id: string, customerIds: Iterable<string>): void {
      for (const customerId of customerIds) addMember.run(id, customerId);
    },
    addMembers: db.transaction((id: string, customerIds: readonly string[], now: string): ContactList => {
      require(id);
      for (const customerId of customerIds) addMember.run(id, customerId);
      touch.run(now, id);
      return require(id);
    }),
    removeMembers: db.transaction((id: string, customerIds: readonly string[], now: string): ContactList => {
      require(id);
      for (const customerId of customerIds) removeMember.run(id, customerId);
      touch.run(now, id);
      return require(id);
    }),
    listsOf: (customerId: string): { id: string; name: string }[] =>
      z.array(z.object({ id: z.string(), name: z.string() })).parse(listsOf.all(customerId)),
  };
}

export type ContactListsRepository = ReturnType<typeof createContactListsRepository>;
