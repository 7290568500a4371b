import { isDeepStrictEqual } from 'node:util';
import { BUILTIN_CUSTOMER_FIELDS } from '../../../../shared/templates/undefined-variables';
import { SEEDED_PROFILES } from './002-sample-profiles';
import type { StoreMigration } from './types';

/**
 * The seeded sample profiles filled customer keys no project defines (first_name, city,
 * loyalty_tier…), so their previews showed values no real contact has. A seeded profile nobody has
 * edited keeps of its customer only the built-in fields and those the project has defined; an
 * edited one is the user's own and is left as it is (the template editor flags such keys).
 */
export const seededProfileFieldsSchema: StoreMigration = {
  version: 8,
  name: 'seeded sample profiles use only customer fields',
  up: '',
  migrateRows(db) {
    const defined = db.prepare('SELECT key FROM customer_fields').pluck().all() as string[];
    const fields = new Set<string>([...BUILTIN_CUSTOMER_FIELDS, ...defined]);
    const read = db.prepare('SELECT data FROM sample_profiles WHERE id = ?').pluck();
    const write = db.prepare('UPDATE sample_profiles SET data = ? WHERE id = ?');
    for (const seeded of SEEDED_PROFILES) {
      const stored = read.get(seeded.id);
      if (typeof stored !== 'string' || !isDeepStrictEqual(parsedOrNull(stored), seeded.data)) continue;
      const customer = Object.fromEntries(Object.entries(seeded.data.customer).filter(([key]) => fields.has(key)));
      write.run(JSON.stringify({ ...seeded.data, customer }), seeded.id);
    }
  },
};

function parsedOrNull(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}
