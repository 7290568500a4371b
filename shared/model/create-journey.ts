import { JourneySchema, type Journey } from './journey';
import { defaultJourneySettings } from './journey-settings';
import { CURRENT_SCHEMA_VERSION } from './schema-version';

export interface NewJourneyInit {
  id: string;
  name: string;
  /** ISO timestamp for createdAt/updatedAt; passed in so the model stays free of clocks. */
  now: string;
  description?: string;
}

/** A blank draft; parsed so a bad id or timestamp fails here rather than when it is next loaded. */
export function createEmptyJourney({ id, name, now, description = '' }: NewJourneyInit): Journey {
  return JourneySchema.parse({
    id,
    name,
    description,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    settings: defaultJourneySettings(),
    nodes: [],
    edges: [],
    notes: [],
  });
}
