import { z } from 'zod';
import type { Db } from './database';
import { parseStoredJson } from './stored-json';

const SettingRowSchema = z.object({ key: z.string(), value: z.string() });

export function createSettingsRepository(db: Db) {
  const selectAll = db.prepare('SELECT key, value FROM settings ORDER BY key');
  const selectOne = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  return {
    all(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const raw of selectAll.all()) {
        const row = SettingRowSchema.parse(raw);
        out[row.key] = parseStoredJson(z.unknown(), row.value, `setting ${row.key}`);
      }
      return out;
    },
    get<T>(key: string, schema: z.ZodType<T>): T | undefined {
      const text = selectOne.get(key) as string | undefined;
      return text === undefined ? undefined : parseStoredJson(schema, text, `setting ${key}`);
    },
    set(key: string, value: unknown): void {
      upsert.run(key, JSON.stringify(value ?? null));
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
