import type { StoreMigration } from './types';

/**
 * Before this step an "active" or "paused" status was only a label on the document. Those
 * journeys get their current document frozen as version 1 (with the contents of the templates
 * it names, as activation does), so every live journey has a version the sender can run and a
 * live document to go back to when a draft is discarded. Unreadable documents are left without a
 * version; they cannot be shown either, and the pre-upgrade backup still holds them.
 */
const FREEZE_LIVE_JOURNEYS = `
  INSERT INTO journey_versions (journey_id, version, document, templates, created_at)
  SELECT j.id,
         COALESCE((SELECT MAX(v.version) FROM journey_versions AS v WHERE v.journey_id = j.id), 0) + 1,
         j.document,
         (SELECT json_group_array(json_object(
                   'id', t.id, 'channel', t.channel, 'name', t.name, 'language', t.language,
                   'content', json(t.content), 'createdAt', t.created_at, 'updatedAt', t.updated_at))
            FROM journey_template_refs AS r JOIN templates AS t ON t.id = r.template_id
           WHERE r.journey_id = j.id AND json_valid(t.content)),
         j.updated_at
  FROM journeys AS j
  WHERE j.status IN ('active', 'paused') AND json_valid(j.document);

  UPDATE journeys
  SET live_version = (SELECT MAX(v.version) FROM journey_versions AS v WHERE v.journey_id = journeys.id)
  WHERE status IN ('active', 'paused') AND json_valid(document);
`;

/**
 * live_version: the last version activated (kept as history once the journey stops; what runs is
 * decided by the status). draft_open: a live journey's document is being edited as the next version.
 */
export const lifecycleSchema: StoreMigration = {
  version: 4,
  name: 'journey lifecycle: live version and open drafts',
  up: `
    ALTER TABLE journeys ADD COLUMN live_version INTEGER CHECK (live_version IS NULL OR live_version > 0);
    ALTER TABLE journeys ADD COLUMN draft_open INTEGER NOT NULL DEFAULT 0 CHECK (draft_open IN (0, 1));
    ${FREEZE_LIVE_JOURNEYS}
  `,
};
