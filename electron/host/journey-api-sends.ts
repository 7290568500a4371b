import { SendToListInputSchema, type Send } from '../../shared/api-v1/journey-sends';
import { PutCustomersInputSchema } from '../../shared/api-v1/journeys';
import type { AppCore } from '../services/app-services';
import type { SendProgress, SendRequest } from '../services/engine/engine-store';
import { Problem } from './events-api';
import { parsed, summary, unprocessable, type Answer, type Call } from './journey-api-problems';

export interface SendDeps {
  core: Pick<AppCore, 'context' | 'engine' | 'engineStore'>;
  /** The journey's status, or a 404 problem. */
  statusOf(journeyId: string): string;
  /** Upserts customers as PUT /api/v1/customers does (all or nothing), inside the caller's transaction. */
  upsertCustomers(customers: readonly Record<string, unknown>[]): void;
}

function view(progress: SendProgress): Send {
  return {
    id: progress.id,
    journeyId: progress.journeyId,
    audience: progress.audience,
    status: progress.finishedAt === null ? 'queued' : 'finished',
    customers: progress.customers,
    enrolled: progress.enrolled,
    skipped: progress.skipped,
    pending: progress.pending,
    createdAt: new Date(progress.createdAt).toISOString(),
    finishedAt: progress.finishedAt === null ? null : new Date(progress.finishedAt).toISOString(),
  };
}

/**
 * Send to all, to a list, to a CSV file: the given customers are queued for the server's engine
 * (through its storage port), which enrols them into the journey as its re-entry rule allows. The
 * queue is keyed by the client's Idempotency-Key, so a replay, even one the answer store missed,
 * finds the send it made and enrols no one twice.
 */
export function createSendHandlers(deps: SendDeps) {
  const { context, engineStore } = deps.core;

  function requireStarted(journeyId: string): void {
    const status = deps.statusOf(journeyId);
    if (status !== 'active' && status !== 'paused')
      throw new Problem(
        409,
        'conflict',
        'The journey is not started',
        `The journey is ${status}; a send enrols customers into a started journey (PUT /api/v1/journeys/{journeyId}/start).`,
      );
  }

  function queue(call: Call, audience: SendRequest['audience'], contactIds: readonly string[] | 'all'): Answer {
    const journeyId = call.params.journeyId!;
    const queued = engineStore.queueSend(
      {
        id: context.newId(),
        journeyId,
        requestKey: `${call.client.id}\n${call.idempotencyKey}`,
        audience,
        createdAt: context.now().getTime(),
      },
      contactIds,
    );
    deps.core.engine?.notify();
    return { status: 202, body: view(engineStore.send(queued.id)!) };
  }

  return {
    'post /api/v1/journeys/{journeyId}/sends/all': (call: Call): Answer => {
      requireStarted(call.params.journeyId!);
      return queue(call, 'all', 'all');
    },
    'post /api/v1/journeys/{journeyId}/sends/list': (call: Call): Answer => {
      const { customerIds } = parsed(SendToListInputSchema, call.body);
      requireStarted(call.params.journeyId!);
      const known = new Set(context.store.contacts.findMany([...new Set(customerIds)]).map((c) => c.customerId));
      const unknown = customerIds.flatMap((id, index) =>
        known.has(id) ? [] : [{ path: `customerIds[${index}]`, message: `No customer "${id}" on this server` }],
      );
      if (unknown.length > 0)
        throw unprocessable(
          `${summary(unknown)}. Put them first (PUT /api/v1/customers), or send a CSV file, which upserts them.`,
          unknown,
        );
      return queue(call, 'list', customerIds);
    },
    'post /api/v1/journeys/{journeyId}/sends/csv': (call: Call): Answer => {
      const { customers } = parsed(PutCustomersInputSchema, call.body);
      requireStarted(call.params.journeyId!);
      // One transaction: a refused customer saves nothing and sends nothing.
      const answer = context.store.transaction(() => {
        deps.upsertCustomers(customers);
        return queue(
          call,
          'csv',
          customers.map((customer) => customer.customerId),
        );
      });
      context.events.emit('contactsChanged', { reason: 'edit' });
      return answer;
    },
    'get /api/v1/journeys/{journeyId}/sends/{sendId}': (call: Call): Answer => {
      deps.statusOf(call.params.journeyId!);
      const progress = engineStore.send(call.params.sendId!);
      if (progress === undefined || progress.journeyId !== call.params.journeyId)
        throw new Problem(404, 'not-found', 'No such send', `The journey has no send "${call.params.sendId}".`);
      return { status: 200, body: view(progress) };
    },
  };
}
