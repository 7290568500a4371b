import type { Db } from '../store/database';

/**
 * Secondary indexes of `contacts` are set aside while a large import writes its rows, and built
 * again afterwards: inserting a million rows into several indexes at random places costs several
 * times what sorting each index once does. The PRIMARY KEY (customer_id) stays: the upsert needs it.
 * Every dropped index is recorded in deferred_indexes in the same transaction, so whatever stops
 * the import, the next start finds and rebuilds what is missing.
 */

/** Drops the indexes; call inside the transaction that writes the first batch. Returns how many. */
export function deferContactIndexes(db: Db): number {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL")
    .all() as {
    name: string;
    sql: string;
  }[];
  const record = db.prepare('INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (?, ?)');
  for (const { name, sql } of indexes) {
    record.run(name, sql);
    db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  }
  return indexes.length;
}

export function deferredIndexCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM deferred_indexes').pluck().get() as number;
}

/**
 * Builds one index that was set aside, in its own transaction; false when none is left. One at a
 * time, so the caller can let other work run between them (each takes about a second per million rows).
 */
export function rebuildNextDeferredIndex(db: Db): boolean {
  const next = db.prepare('SELECT name, sql FROM deferred_indexes ORDER BY name LIMIT 1').get() as
    { name: string; sql: string } | undefined;
  if (next === undefined) return false;
  db.transaction(() => {
    // An index of that name may exist again (a migration made it): then it is simply kept.
    const exists =
      db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?").get(next.name) !== undefined;
    if (!exists) db.exec(next.sql);
    db.prepare('DELETE FROM deferred_indexes WHERE name = ?').run(next.name);
  })();
  return true;
}

/** Everything left over by an import that never finished; run at startup. */
export function rebuildDeferredIndexes(db: Db): number {
  let rebuilt = 0;
  while (rebuildNextDeferredIndex(db)) rebuilt += 1;
  return rebuilt;
}
