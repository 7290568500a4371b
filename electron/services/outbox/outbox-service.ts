import {
  ApiError,
  type Contract,
  type MessageAttempt,
  type OutboxMessageSummary,
  type ServiceImpl,
} from '../../../shared/contract/index';
import { ChannelSchema } from '../../../shared/model/channel';
import { RenderResultSchema, type RenderResult } from '../../../shared/templates/render-result';
import type { ServiceContext } from '../context';
import type { EventIngress } from '../engine/event-ingress';
import {
  attemptsOf,
  contactOf,
  countOutbox,
  findOutboxRow,
  listOutbox,
  markEngagement,
  stepOf,
  type OutboxListRow,
  type OutboxPosition,
} from './outbox-queries';

/** The events a click or an open in the outbox records, which "wait for event" steps can wait for. */
export const MESSAGE_CLICKED_EVENT = 'message.clicked';
export const MESSAGE_OPENED_EVENT = 'message.opened';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function summaryOf(row: OutboxListRow): OutboxMessageSummary {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    channel: ChannelSchema.parse(row.channel),
    recipient: row.recipient,
    journeyId: row.journey_id,
    journeyName: row.journey_name,
    version: row.version,
    nodeId: row.node_id,
    runId: row.run_id,
    contactId: row.contact_id,
    templateId: row.template_id,
    headline: row.headline === null ? '' : String(row.headline),
    isTest: row.is_test === 1,
    createdAt: iso(row.created_at)!,
    openedAt: iso(row.opened_at),
    clickedAt: iso(row.clicked_at),
  };
}

/** The cursor names the last row of a page: its time and id, so rows added meanwhile shift nothing. */
function cursorOf(row: OutboxListRow): string {
  return `${row.created_at}:${row.id}`;
}

function parseCursor(cursor: string): OutboxPosition {
  const match = /^(\d{1,16}):(.+)$/.exec(cursor);
  if (!match)
    throw new ApiError('BAD_INPUT', 'cursor: not a cursor this list answered; start again without one.', [
      { path: 'cursor', message: 'Not a cursor this list answered' },
    ]);
  return { createdAt: Number(match[1]), id: match[2]! };
}

/**
 * The stored render result. Rows written before a field existed, or by a provider that stored only the
 * output, still show: whatever is missing is filled in empty rather than refusing the message.
 */
export function renderedOf(channel: string, json: string): RenderResult {
  const value: unknown = JSON.parse(json);
  const parsed = RenderResultSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const output = typeof record['output'] === 'object' && record['output'] !== null ? record['output'] : record;
  return {
    channel: ChannelSchema.parse(channel),
    ok: true,
    output: output as Record<string, unknown>,
    diagnostics: [],
    variables: { used: [], undefined: [], notCustomerFields: [] },
    cached: false,
    renderMs: 0,
  };
}

export function createOutboxService(
  ctx: ServiceContext,
  ingress: EventIngress,
): ServiceImpl<Contract['services']['outbox']> {
  const { db } = ctx.store;

  function requireRow(id: string) {
    const row = findOutboxRow(db, id);
    if (!row) throw new ApiError('NOT_FOUND', `There is no outbox message with the id "${id}".`);
    return row;
  }

  function record(id: string, column: 'opened_at' | 'clicked_at', properties: Record<string, unknown>) {
    const row = requireRow(id);
    const at = ctx.clock.now();
    const times = markEngagement(db, id, column, at);
    const name = column === 'clicked_at' ? MESSAGE_CLICKED_EVENT : MESSAGE_OPENED_EVENT;
    const [ingested] =
      row.contact_id === null
        ? [null]
        : ingress.ingest([
            {
              customerId: row.contact_id,
              name,
              properties: { messageId: row.id, idempotencyKey: row.idempotency_key, ...properties },
              occurredAt: at,
              // An open is one fact per message; every click is its own event.
              idempotencyKey: column === 'opened_at' ? `outbox-open:${row.id}` : undefined,
              source: 'outbox',
            },
          ]);
    ctx.events.emit('outboxChanged', { id, change: column === 'clicked_at' ? 'clicked' : 'opened' });
    return {
      id,
      openedAt: iso(times.opened_at),
      clickedAt: iso(times.clicked_at),
      eventId: ingested?.eventId ?? null,
      duplicate: ingested?.duplicate ?? false,
    };
  }

  return {
    list: (query) => {
      const filter = { search: query.search, channel: query.channel, status: query.status, journeyId: query.journeyId };
      const after = query.cursor === undefined ? null : parseCursor(query.cursor);
      // One more than asked tells whether there is a next page without counting again.
      const rows = listOutbox(db, filter, after, query.limit + 1);
      const page = rows.slice(0, query.limit);
      return {
        items: page.map(summaryOf),
        // Counting scans every match; the later pages of the same list do not need it again.
        total: after === null ? countOutbox(db, filter) : null,
        nextCursor: rows.length > query.limit ? cursorOf(page[page.length - 1]!) : null,
      };
    },
    get: ({ id }) => {
      const row = requireRow(id);
      const step =
        row.journey_id !== null && row.node_id !== null
          ? stepOf(db, row.journey_id, row.version, row.node_id)
          : undefined;
      const contact = row.contact_id === null ? undefined : contactOf(db, row.contact_id);
      const attempts: MessageAttempt[] = attemptsOf(db, {
        idempotencyKey: row.idempotency_key,
        runId: row.run_id,
        nodeId: row.node_id,
      }).map((a) => ({
        idempotencyKey: a.idempotency_key,
        attempt: a.attempt,
        fallbackIndex: a.fallback_index,
        channel: a.channel,
        provider: a.provider,
        status: a.status,
        error: a.error,
        providerMessageId: a.provider_message_id,
        createdAt: iso(a.created_at)!,
        updatedAt: iso(a.updated_at)!,
        thisMessage: a.idempotency_key === row.idempotency_key,
      }));
      const lastByFallback = new Map<number, MessageAttempt>();
      for (const attempt of attempts) if (attempt.fallbackIndex > 0) lastByFallback.set(attempt.fallbackIndex, attempt);
      return {
        ...summaryOf(row),
        stepLabel: step?.label ?? null,
        stepKind: step?.kind ?? null,
        contact:
          row.contact_id === null
            ? null
            : {
                customerId: row.contact_id,
                email: contact?.email ?? null,
                phone: contact?.phone ?? null,
                exists: contact !== undefined,
              },
        rendered: renderedOf(row.channel, row.rendered),
        attempts,
        fallbacksTaken: [...lastByFallback.values()]
          .sort((a, b) => a.fallbackIndex - b.fallbackIndex)
          .map((a) => ({ fallbackIndex: a.fallbackIndex, channel: a.channel, status: a.status })),
      };
    },
    recordClick: ({ id, url }) => record(id, 'clicked_at', { url }),
    recordOpen: ({ id }) => record(id, 'opened_at', {}),
  };
}
