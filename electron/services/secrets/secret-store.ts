import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ApiError } from '../../../shared/contract/errors';
import type { Db } from '../store/database';

/** What may be shown of a secret: that it is set, and when. Never its value. */
export interface SecretInfo {
  name: string;
  updatedAt: number;
}

/**
 * Named secrets, encrypted at rest. Documents, versions, settings and exports hold a secret's
 * name; its value is read only where it is used (a provider's request, a webhook call).
 */
export interface SecretStore {
  set(name: string, value: string): SecretInfo;
  get(name: string): string | undefined;
  has(name: string): boolean;
  /** Answers whether there was a secret of that name. */
  delete(name: string): boolean;
  list(): SecretInfo[];
}

export const SECRET_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
// The secret's name is bound into its ciphertext: a sealed value copied to another name fails to open.
const aadOf = (name: string) => Buffer.from(`journey-studio.secret:${name}`, 'utf8');

/** AES-256-GCM: iv ‖ tag ‖ ciphertext. */
export function sealSecret(key: Buffer, name: string, value: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aadOf(name));
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openSecret(key: Buffer, name: string, sealed: Buffer): string {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aadOf(name));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

/** A CONFLICT for whoever asked: the user can act on it (enter the secret again), so it reaches them whole. */
export class SecretKeyMismatchError extends ApiError {
  constructor(name: string) {
    super(
      'CONFLICT',
      `The secret "${name}" cannot be decrypted with this installation's secret key: the key was replaced ` +
        'or the secret was copied from another data folder. Enter the secret again.',
    );
    this.name = 'SecretKeyMismatchError';
  }
}

export class ForeignSecretKeyError extends ApiError {
  constructor() {
    super(
      'CONFLICT',
      "This data folder's secrets were sealed with another secret key (the desktop app's, or one given in " +
        'JOURNEY_STUDIO_SECRET_KEY), so no secret can be added with this one: start with the key the folder uses.',
    );
    this.name = 'ForeignSecretKeyError';
  }
}

/** The secrets table of the data folder's database, sealed with `key` (32 bytes). */
export function createSecretStore(db: Db, key: Buffer, now: () => number): SecretStore {
  if (key.length !== SECRET_KEY_BYTES) throw new Error(`A secret key is ${SECRET_KEY_BYTES} bytes, not ${key.length}`);
  const upsert = db.prepare(
    `INSERT INTO secrets (name, sealed, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at`,
  );
  const selectOne = db.prepare('SELECT sealed FROM secrets WHERE name = ?').pluck();
  const remove = db.prepare('DELETE FROM secrets WHERE name = ?');
  const selectAll = db.prepare('SELECT name, updated_at AS updatedAt FROM secrets ORDER BY name');
  const selectOther = db.prepare('SELECT name, sealed FROM secrets WHERE name <> ? LIMIT 1');
  /**
   * One folder, one key: a value sealed with a different key (a command run without the desktop
   * app's key) could never be opened beside the others, so it is refused before it is written.
   */
  const requireSameKey = (name: string) => {
    const other = selectOther.get(name) as { name: string; sealed: Buffer } | undefined;
    if (other === undefined) return;
    try {
      openSecret(key, other.name, other.sealed);
    } catch {
      throw new ForeignSecretKeyError();
    }
  };

  return {
    set(name, value) {
      requireSameKey(name);
      const updatedAt = now();
      upsert.run(name, sealSecret(key, name, value), updatedAt);
      return { name, updatedAt };
    },
    get(name) {
      const sealed = selectOne.get(name) as Buffer | undefined;
      if (sealed === undefined) return undefined;
      try {
        return openSecret(key, name, sealed);
      } catch {
        throw new SecretKeyMismatchError(name);
      }
    },
    has: (name) => selectOne.get(name) !== undefined,
    delete: (name) => remove.run(name).changes > 0,
    list: () => selectAll.all() as SecretInfo[],
  };
}
