import { z } from 'zod';
import type { Db } from '../store/database';

export interface BackendProfile {
  id: string;
  name: string;
  baseUrl: string;
  tlsVerify: boolean;
  timeoutSeconds: number;
  /** The stored key's last four characters; the key itself is the secret `backendKeySecretName(id)`. */
  keyHint: string | null;
  createdAt: string;
  updatedAt: string;
}

const RowSchema = z.object({
  id: z.string(),
  name: z.string(),
  base_url: z.string(),
  tls_verify: z.number().int(),
  timeout_seconds: z.number().int(),
  key_hint: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

function profileOf(raw: unknown): BackendProfile {
  const row = RowSchema.parse(raw);
  return {
    id: row.id,
    name: row.name,
    baseUrl: row.base_url,
    tlsVerify: row.tls_verify === 1,
    timeoutSeconds: row.timeout_seconds,
    keyHint: row.key_hint,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Delivery backend profiles, by name (unique, ignoring case). */
export function createBackendsRepository(db: Db) {
  const all = db.prepare('SELECT * FROM backends ORDER BY name COLLATE NOCASE');
  const byId = db.prepare('SELECT * FROM backends WHERE id = ?');
  const byName = db.prepare('SELECT * FROM backends WHERE name = ? COLLATE NOCASE');
  const upsert = db.prepare(
    `INSERT INTO backends (id, name, base_url, tls_verify, timeout_seconds, key_hint, created_at, updated_at)
     VALUES (@id, @name, @baseUrl, @tlsVerify, @timeoutSeconds, @keyHint, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = @name, base_url = @baseUrl, tls_verify = @tlsVerify,
       timeout_seconds = @timeoutSeconds, key_hint = @keyHint, updated_at = @updatedAt`,
  );
  const remove = db.prepare('DELETE FROM backends WHERE id = ?');
  return {
    list: (): BackendProfile[] => all.all().map(profileOf),
    find(id: string): BackendProfile | undefined {
      const row = byId.get(id);
      return row === undefined ? undefined : profileOf(row);
    },
    findByName(name: string): BackendProfile | undefined {
      const row = byName.get(name);
      return row === undefined ? undefined : profileOf(row);
    },
    put(profile: BackendProfile): void {
      upsert.run({ ...profile, tlsVerify: profile.tlsVerify ? 1 : 0 });
    },
    delete: (id: string): boolean => remove.run(id).changes > 0,
  };
}

export type BackendsRepository = ReturnType<typeof createBackendsRepository>;
