import type Database from 'better-sqlite3';
import { SEEDED_PROFILES } from './002-sample-profiles';
import { reshapeTemplateContent } from './002-template-content';
import type { StoreMigration } from './types';

/**
 * Message nodes name their template in config.templateId and in each fallback's templateId.
 * Version 1 documents still say type/data instead of kind/config, and a damaged document must
 * not abort the upgrade, so every step tolerates missing or odd values.
 */
const BACKFILL_TEMPLATE_REFS = `
  WITH nodes AS (
    SELECT j.id AS journey_id, CASE WHEN n.type = 'object' THEN n.value END AS node
    FROM journeys AS j, json_each(CASE WHEN json_valid(j.document) THEN j.document ELSE '{}' END, '$.nodes') AS n
  ),
  message_configs AS (
    SELECT journey_id,
           CASE WHEN json_type(node, '$.config') = 'object' THEN json_extract(node, '$.config')
                WHEN json_type(node, '$.data') = 'object' THEN json_extract(node, '$.data') END AS config
    FROM nodes
    WHERE COALESCE(json_extract(node, '$.kind'), json_extract(node, '$.type')) = 'message'
  ),
  refs AS (
    SELECT journey_id, CASE WHEN json_type(config, '$.templateId') = 'text' THEN json_extract(config, '$.templateId') END AS template_id
    FROM message_configs
    UNION
    SELECT journey_id, CASE WHEN f.type = 'object' THEN
             CASE WHEN json_type(f.value, '$.templateId') = 'text' THEN json_extract(f.value, '$.templateId') END END
    FROM message_configs, json_each(config, '$.fallbacks') AS f
  )
  INSERT OR IGNORE INTO journey_template_refs (journey_id, template_id)
  SELECT journey_id, template_id FROM refs WHERE template_id IS NOT NULL AND template_id <> '';
`;

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

const SEED_PROFILES = SEEDED_PROFILES.map(
  (profile) =>
    `INSERT INTO sample_profiles (id, name, data, is_default, updated_at) VALUES (${sqlString(profile.id)}, ${sqlString(profile.name)}, ` +
    `${sqlString(JSON.stringify(profile.data))}, ${profile.isDefault ? 1 : 0}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));`,
).join('\n');

export const templatesSchema: StoreMigration = {
  version: 2,
  name: 'sample profiles, journey → template references, per-channel template content',
  up: `
    CREATE TABLE sample_profiles (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      data TEXT NOT NULL,
      is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
      updated_at TEXT NOT NULL
    ) STRICT;
    -- At most one default; the profiles repository keeps it at exactly one.
    CREATE UNIQUE INDEX sample_profiles_one_default ON sample_profiles (is_default) WHERE is_default = 1;
    ${SEED_PROFILES}

    -- No foreign key to templates: a draft may keep naming a deleted template (the validator
    -- reports it as missing), and the delete check needs to see exactly those references.
    CREATE TABLE journey_template_refs (
      journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
      template_id TEXT NOT NULL,
      PRIMARY KEY (journey_id, template_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX journey_template_refs_by_template ON journey_template_refs (template_id, journey_id);
    ${BACKFILL_TEMPLATE_REFS}
  `,
  migrateRows: (db: Database.Database) => reshapeTemplateContent(db),
};
