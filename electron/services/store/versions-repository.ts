import { z } from 'zod';
import { TemplateSchema, type Template } from '../../../shared/contract/index';
import {
  JourneyStatusSchema,
  migrateJourneyDocument,
  type Journey,
  type JourneyStatus,
} from '../../../shared/model/index';
import type { Db } from './database';
import { parseStoredJson } from './stored-json';

const VersionRowSchema = z.object({
  journey_id: z.string(),
  version: z.number().int().positive(),
  document: z.string(),
  templates: z.string(),
  created_at: z.string(),
});

const TransitionRowSchema = z.object({
  from_status: JourneyStatusSchema.nullable(),
  to_status: JourneyStatusSchema,
  version: z.number().int().nullable(),
  at: z.string(),
});

export interface JourneyVersion {
  journeyId: string;
  version: number;
  journey: Journey;
  templates: Template[];
  createdAt: string;
}

/** A version as listed: enough to pick one without reading its documents. */
export interface VersionListing {
  version: number;
  createdAt: string;
  nodeCount: number;
}

const ListingRowSchema = z.object({
  version: z.number().int().positive(),
  created_at: z.string(),
  node_count: z.number().int().nonnegative().nullable(),
});

export interface JourneyTransition {
  from: JourneyStatus | null;
  to: JourneyStatus;
  version: number | null;
  at: string;
}

/** Frozen, numbered versions of journeys and the log of their status changes; both are append-only. */
export function createVersionsRepository(db: Db) {
  const nextVersion = db
    .prepare('SELECT COALESCE(MAX(version), 0) + 1 FROM journey_versions WHERE journey_id = ?')
    .pluck();
  const insertVersion = db.prepare(
    'INSERT INTO journey_versions (journey_id, version, document, templates, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectVersions = db.prepare('SELECT * FROM journey_versions WHERE journey_id = ? ORDER BY version');
  const selectVersion = db.prepare('SELECT * FROM journey_versions WHERE journey_id = ? AND version = ?');
  // Counted in SQL: a long history should not mean parsing every frozen document to list it.
  const selectListings = db.prepare(
    `SELECT version, created_at, CASE WHEN json_valid(document) THEN json_array_length(document, '$.nodes') END AS node_count
     FROM journey_versions WHERE journey_id = ? ORDER BY version DESC`,
  );
  const insertTransition = db.prepare(
    'INSERT INTO journey_transitions (journey_id, from_status, to_status, version, at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectTransitions = db.prepare(
    'SELECT from_status, to_status, version, at FROM journey_transitions WHERE journey_id = ? ORDER BY id',
  );

  function toVersion(raw: unknown): JourneyVersion {
    const row = VersionRowSchema.parse(raw);
    return {
      journeyId: row.journey_id,
      version: row.version,
      journey: parseStoredJson(
        { parse: migrateJourneyDocument },
        row.document,
        `version ${row.version} of journey ${row.journey_id}`,
      ),
      templates: parseStoredJson(
        z.array(TemplateSchema),
        row.templates,
        `templates of version ${row.version} of journey ${row.journey_id}`,
      ),
      createdAt: row.created_at,
    };
  }

  return {
    freeze: db.transaction((journey: Journey, templates: Template[], createdAt: string): JourneyVersion => {
      const version = nextVersion.get(journey.id) as number;
      insertVersion.run(journey.id, version, JSON.stringify(journey), JSON.stringify(templates), createdAt);
      return { journeyId: journey.id, version, journey, templates, createdAt };
    }),
    list(journeyId: string): JourneyVersion[] {
      return selectVersions.all(journeyId).map(toVersion);
    },
    /** Newest first. */
    listings(journeyId: string): VersionListing[] {
      return selectListings.all(journeyId).map((raw) => {
        const row = ListingRowSchema.parse(raw);
        return { version: row.version, createdAt: row.created_at, nodeCount: row.node_count ?? 0 };
      });
    },
    find(journeyId: string, version: number): JourneyVersion | undefined {
      const row = selectVersion.get(journeyId, version);
      return row ? toVersion(row) : undefined;
    },
    recordTransition(journeyId: string, transition: JourneyTransition): void {
      insertTransition.run(journeyId, transition.from, transition.to, transition.version, transition.at);
    },
    transitions(journeyId: string): JourneyTransition[] {
      return selectTransitions.all(journeyId).map((raw) => {
        const row = TransitionRowSchema.parse(raw);
        return { from: row.from_status, to: row.to_status, version: row.version, at: row.at };
      });
    },
  };
}

export type VersionsRepository = ReturnType<typeof createVersionsRepository>;
