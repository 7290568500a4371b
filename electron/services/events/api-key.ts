import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { SettingsRepository } from '../store/settings-repository';

/**
 * Only a SHA-256 digest of the key is stored, never the key: the database, its upgrade backups and
 * copies of the data folder do not hold a key that works. The key is 256 random bits, so a plain
 * digest cannot be searched back. It is shown once, when it is created or regenerated.
 */
export const API_KEY_SETTING = 'eventsApi.key';

const KEY_PREFIX = 'jsk_';

const StoredApiKeySchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The prefix and the last four characters, so a person can tell which key is in use. */
  hint: z.string(),
  createdAt: z.string(),
});

export interface ApiKeyInfo {
  hint: string;
  createdAt: string;
}

export interface CreatedApiKey extends ApiKeyInfo {
  /** The key itself: shown now and never again. */
  key: string;
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

function hintOf(key: string): string {
  return `${KEY_PREFIX}…${key.slice(-4)}`;
}

export interface ApiKeys {
  /** The stored key's hint, or null before one was created. */
  info(): ApiKeyInfo | null;
  /** A new key replacing any earlier one, which stops working at once. */
  regenerate(): CreatedApiKey;
  /** Creates the key on first use; null when one exists already (its value cannot be shown again). */
  ensure(): CreatedApiKey | null;
  /** Whether an Authorization header's bearer key is the current key, compared in constant time. */
  verify(key: string | null): boolean;
}

export function createApiKeys(settings: SettingsRepository, now: () => Date): ApiKeys {
  const stored = () => settings.get(API_KEY_SETTING, StoredApiKeySchema);
  const regenerate = (): CreatedApiKey => {
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    const entry = { sha256: digest(key).toString('hex'), hint: hintOf(key), createdAt: now().toISOString() };
    settings.set(API_KEY_SETTING, entry);
    return { key, hint: entry.hint, createdAt: entry.createdAt };
  };
  return {
    info() {
      const entry = stored();
      return entry ? { hint: entry.hint, createdAt: entry.createdAt } : null;
    },
    regenerate,
    ensure: () => (stored() === undefined ? regenerate() : null),
    verify(key) {
      const entry = stored();
      if (!entry || !key) return false;
      return timingSafeEqual(digest(key), Buffer.from(entry.sha256, 'hex'));
    },
  };
}
