import { z } from 'zod';
import { JourneySchema } from './journey';

export const JOURNEY_JSON_SCHEMA_ID = 'https://journey-studio.local/schema/journey.schema.json';

/**
 * JSON Schema for journey files (editors, code review, other tools). It describes the *input*
 * side: fields with defaults, such as `notes`, may be left out of a file.
 */
export function journeyJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(JourneySchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema,
    $id: JOURNEY_JSON_SCHEMA_ID,
    title: 'Journey Studio journey',
    description: 'A customer-communication journey: settings, steps (nodes), connections (edges) and sticky notes.',
    ...body,
  };
}
