import { z } from 'zod';
import { ApiError } from '../../../shared/contract/index';
import { SampleProfileDataSchema, type SampleProfile } from '../../../shared/templates/index';
import type { Db } from './database';
import { parseStoredJson } from './stored-json';

const ProfileRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  data: z.string(),
  is_default: z.union([z.literal(0), z.literal(1)]),
  updated_at: z.string(),
});

function toProfile(raw: unknown): SampleProfile {
  const row = ProfileRowSchema.parse(raw);
  return {
    id: row.id,
    name: row.name,
    data: parseStoredJson(SampleProfileDataSchema, row.data, `data of sample profile ${row.id}`),
    isDefault: row.is_default === 1,
    updatedAt: row.updated_at,
  };
}

/** Sample profiles for previews. Exactly one is the default while any exist; the last cannot go. */
export function createSampleProfilesRepository(db: Db) {
  const selectAll = db.prepare('SELECT * FROM sample_profiles ORDER BY is_default DESC, name COLLATE NOCASE, id');
  const selectOne = db.prepare('SELECT * FROM sample_profiles WHERE id = ?');
  const selectDefault = db.prepare('SELECT * FROM sample_profiles WHERE is_default = 1');
  const selectFirstOther = db
    .prepare('SELECT id FROM sample_profiles WHERE id <> ? ORDER BY name COLLATE NOCASE, id LIMIT 1')
    .pluck();
  const upsert = db.prepare(
    `INSERT INTO sample_profiles (id, name, data, is_default, updated_at) VALUES (@id, @name, @data, @isDefault, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = excluded.data, updated_at = excluded.updated_at`,
  );
  const clearDefault = db.prepare('UPDATE sample_profiles SET is_default = 0 WHERE is_default = 1');
  const markDefault = db.prepare('UPDATE sample_profiles SET is_default = 1, updated_at = ? WHERE id = ?');
  const deleteOne = db.prepare('DELETE FROM sample_profiles WHERE id = ?');

  function find(id: string): SampleProfile | undefined {
    const row = selectOne.get(id);
    return row ? toProfile(row) : undefined;
  }

  function require(id: string): SampleProfile {
    const profile = find(id);
    if (!profile) throw new ApiError('NOT_FOUND', `There is no sample profile with id "${id}".`);
    return profile;
  }

  const setDefault = db.transaction((id: string, updatedAt: string): SampleProfile => {
    require(id);
    // Cleared first: the unique index allows only one row with is_default = 1 at any moment.
    clearDefault.run();
    markDefault.run(updatedAt, id);
    return require(id);
  });

  return {
    list(): SampleProfile[] {
      return selectAll.all().map(toProfile);
    },
    find,
    require,
    defaultProfile(): SampleProfile | undefined {
      const row = selectDefault.get();
      return row ? toProfile(row) : undefined;
    },
    /** Writes name and data; a new profile becomes the default only when there is none. */
    put: db.transaction((profile: Omit<SampleProfile, 'isDefault'>): SampleProfile => {
      const isDefault = find(profile.id)?.isDefault ?? selectDefault.get() === undefined;
      upsert.run({ ...profile, data: JSON.stringify(profile.data), isDefault: isDefault ? 1 : 0 });
      return require(profile.id);
    }),
    setDefault,
    /** Refuses the last profile; deleting the default hands the role to the first other one by name. */
    delete: db.transaction((id: string, updatedAt: string): void => {
      const profile = require(id);
      const heir = selectFirstOther.get(id) as string | undefined;
      if (heir === undefined) {
        throw new ApiError(
          'CONFLICT',
          `"${profile.name}" is the only sample profile; previews need one. Create another before deleting it.`,
        );
      }
      deleteOne.run(id);
      if (profile.isDefault) markDefault.run(updatedAt, heir);
    }),
  };
}

export type SampleProfilesRepository = ReturnType<typeof createSampleProfilesRepository>;
