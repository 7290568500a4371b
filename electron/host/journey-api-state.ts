import { CreateStateEntryInputSchema, UpdateStateEntryInputSchema } from '../../shared/api-v1/journey-state-entries';
import type { ServiceContext } from '../services/context';
import { createJourneyStateEntries } from '../services/journey-api/journey-state-entries';
import { Problem } from './events-api';
import { parsed, type Answer, type Call } from './journey-api-problems';

const ENTRY = '/api/v1/journeys/{journeyId}/state/{name}';

/** The journey state entity's operations (see shared/api-v1/journey-state-entries.ts for its meaning). */
export function createStateHandlers(
  context: Pick<ServiceContext, 'store' | 'now'>,
  /** Throws the 404 problem when there is no such journey. */
  requireJourney: (journeyId: string) => unknown,
) {
  const entries = createJourneyStateEntries(context.store.db);
  const missing = (call: Call) =>
    new Problem(
      404,
      'not-found',
      'No such state entry',
      `The journey has no state entry "${call.params.name}"; create it with POST /api/v1/journeys/{journeyId}/state.`,
    );
  const journeyOf = (call: Call) => {
    requireJourney(call.params.journeyId!);
    return call.params.journeyId!;
  };
  return {
    'get /api/v1/journeys/{journeyId}/state': (call: Call): Answer => ({
      status: 200,
      body: { entries: entries.list(journeyOf(call)) },
    }),
    'post /api/v1/journeys/{journeyId}/state': (call: Call): Answer => {
      const input = parsed(CreateStateEntryInputSchema, call.body);
      const journeyId = journeyOf(call);
      const created = entries.create(journeyId, input.name, input.value, call.client.id, context.now().toISOString());
      if (created === undefined)
        throw new Problem(
          409,
          'conflict',
          'The state entry exists',
          `The journey already has a state entry "${input.name}"; update it with PUT /api/v1/journeys/{journeyId}/state/${input.name}.`,
          [{ path: 'name', message: 'Already exists' }],
        );
      return { status: 201, body: created };
    },
    [`get ${ENTRY}`]: (call: Call): Answer => {
      const entry = entries.find(journeyOf(call), call.params.name!);
      if (entry === undefined) throw missing(call);
      return { status: 200, body: entry };
    },
    [`put ${ENTRY}`]: (call: Call): Answer => {
      const { value } = parsed(UpdateStateEntryInputSchema, call.body);
      const updated = entries.update(
        journeyOf(call),
        call.params.name!,
        value,
        call.client.id,
        context.now().toISOString(),
      );
      if (updated === undefined) throw missing(call);
      return { status: 200, body: updated };
    },
    [`delete ${ENTRY}`]: (call: Call): Answer => {
      const removed = entries.remove(journeyOf(call), call.params.name!);
      if (removed === undefined) throw missing(call);
      return { status: 200, body: removed };
    },
  };
}
