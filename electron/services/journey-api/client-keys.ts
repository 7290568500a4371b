import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/database';

/**
 * One API key per client of the journey API. As with the events API key, only a SHA-256 digest is
 * stored (the key is 256 random bits, so the digest cannot be searched back); the key is shown once.
 */
const KEY_PREFIX = 'jsc_';

export interface ClientKeyInfo {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface CreatedClientKey extends ClientKeyInfo {
  /** The key itself: shown now and never again. */
  key: string;
}

interface ClientRow {
  id: string;
  name: string;
  hint: string;
  created_at: string;
  revoked_at: string | null;
}

function digestHex(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function infoOf(row: ClientRow): ClientKeyInfo {
  return { id: row.id, name: row.name, hint: row.hint, createdAt: row.created_at, revokedAt: row.revoked_at };
}

export function createClientKeys(db: Db, now: () => Date, newId: () => string) {
  const columns = 'id, name, hint, created_at, revoked_at';
  const insert = db.prepare(
    'INSERT INTO api_clients (id, name, sha256, hint, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)',
  );
  const byDigest = db.prepare(`SELECT ${columns} FROM api_clients WHERE sha256 = ?`);
  const all = db.prepare(`SELECT ${columns} FROM api_clients ORDER BY created_at, name`);
  const byIdOrName = db.prepare(`SELECT ${columns} FROM api_clients WHERE id = ? OR name = ? ORDER BY created_at`);
  const revoke = db.prepare('UPDATE api_clients SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');

  return {
    create(name: string): CreatedClientKey {
      const clean = name.trim();
      if (!clean) throw new Error('A client needs a name.');
      if (clean.length > 200) throw new Error('A client name is at most 200 characters.');
      const key = KEY_PREFIX + randomBytes(32).toString('base64url');
      const row: ClientRow = {
        id: newId(),
        name: clean,
        hint: `${KEY_PREFIX}…${key.slice(-4)}`,
        created_at: now().toISOString(),
        revoked_at: null,
      };
      insert.run(row.id, row.name, digestHex(key), row.hint, row.created_at);
      return { ...infoOf(row), key };
    },
    list(): ClientKeyInfo[] {
      return (all.all() as ClientRow[]).map(infoOf);
    },
    /** Revokes every live key of that id or name; the keys revoked (none when nothing matched). */
    revoke(idOrName: string): ClientKeyInfo[] {
      const at = now().toISOString();
      const matches = (byIdOrName.all(idOrName, idOrName) as ClientRow[]).filter((row) => row.revoked_at === null);
      for (const row of matches) revoke.run(at, row.id);
      return matches.map((row) => ({ ...infoOf(row), revokedAt: at }));
    },
    /**
     * The client a bearer key belongs to, or why not. The lookup is by digest: equal digests are
     * the only match, and a digest says nothing about how close a wrong key was.
     */
    verify(key: string | null): { client: ClientKeyInfo } | { refused: 'missing' | 'unknown' | 'revoked' } {
      if (!key) return { refused: 'missing' };
      const row = byDigest.get(digestHex(key)) as ClientRow | undefined;
      if (!row) return { refused: 'unknown' };
      if (row.revoked_at !== null) return { refused: 'revoked' };
      return { client: infoOf(row) };
    },
  };
}

export type ClientKeys = ReturnType<typeof createClientKeys>;
