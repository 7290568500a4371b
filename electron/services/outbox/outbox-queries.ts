import type { Db } from '../store/database';

/** One outbox row as listed, with the journey's current name and the message's headline. */
export interface OutboxListRow {
  id: string;
  idempotency_key: string;
  channel: string;
  recipient: string;
  journey_id: string | null;
  journey_name: string | null;
  version: number | null;
  node_id: string | null;
  run_id: number | null;
  contact_id: string | null;
  template_id: string | null;
  headline: string | null;
  is_test: number;
  created_at: number;
  opened_at: number | null;
  clicked_at: number | null;
}

export interface OutboxFilter {
  search?: string;
  channel?: string;
  status?: 'unopened' | 'opened' | 'clicked';
  journeyId?: string;
  /** epoch ms */
  since?: number;
}

export interface OutboxPosition {
  createdAt: number;
  id: string;
}

// The rendered fields that say what a message is about, first found wins (email subject, push title, …).
const HEADLINE = `substr(coalesce(
    json_extract(o.rendered, '$.output.subject'), json_extract(o.rendered, '$.output.title'),
    json_extract(o.rendered, '$.output.body'), json_extract(o.rendered, '$.output.text'),
    json_extract(o.rendered, '$.output.payload'), ''), 1, 200)`;

const selectRows = (withRendered: boolean) => `
  SELECT o.id, o.idempotency_key, o.channel, o.recipient, o.journey_id, j.name AS journey_name, o.version,
         o.node_id, o.run_id, o.contact_id, o.template_id, ${HEADLINE} AS headline, o.is_test, o.created_at,
         o.opened_at, o.clicked_at${withRendered ? ', o.rendered' : ''}
  FROM outbox_messages AS o LEFT JOIN journeys AS j ON j.id = o.journey_id`;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function whereOf(filter: OutboxFilter): { sql: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  const search = filter.search?.trim();
  if (search) {
    clauses.push(`(o.recipient LIKE @search ESCAPE '\\' OR o.contact_id LIKE @search ESCAPE '\\'
      OR j.name LIKE @search ESCAPE '\\' OR o.idempotency_key LIKE @search ESCAPE '\\'
      OR ${HEADLINE} LIKE @search ESCAPE '\\')`);
    params['search'] = likePattern(search);
  }
  if (filter.channel) {
    clauses.push('o.channel = @channel');
    params['channel'] = filter.channel;
  }
  if (filter.journeyId) {
    clauses.push('o.journey_id = @journeyId');
    params['journeyId'] = filter.journeyId;
  }
  if (filter.since !== undefined) {
    clauses.push('o.created_at >= @since');
    params['since'] = filter.since;
  }
  if (filter.status === 'unopened') clauses.push('o.opened_at IS NULL AND o.clicked_at IS NULL');
  if (filter.status === 'opened') clauses.push('(o.opened_at IS NOT NULL OR o.clicked_at IS NOT NULL)');
  if (filter.status === 'clicked') clauses.push('o.clicked_at IS NOT NULL');
  return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
}

/** Newest first, ties broken by id, starting after `after`. */
export function listOutbox(db: Db, filter: OutboxFilter, after: OutboxPosition | null, limit: number): OutboxListRow[] {
  const { sql, params } = whereOf(filter);
  const page = after ? ' AND (o.created_at < @afterTime OR (o.created_at = @afterTime AND o.id < @afterId))' : '';
  return db
    .prepare(`${selectRows(false)} WHERE ${sql}${page} ORDER BY o.created_at DESC, o.id DESC LIMIT @limit`)
    .all({ ...params, ...(after ? { afterTime: after.createdAt, afterId: after.id } : {}), limit }) as OutboxListRow[];
}

/** Oldest first: the command line prints the outbox as a log. */
export function listOutboxChronologically(
  db: Db,
  filter: OutboxFilter,
): Iterable<OutboxListRow & { rendered: string }> {
  const { sql, params } = whereOf(filter);
  return db.prepare(`${selectRows(true)} WHERE ${sql} ORDER BY o.created_at, o.id`).iterate(params) as Iterable<
    OutboxListRow & { rendered: string }
  >;
}

export function countOutbox(db: Db, filter: OutboxFilter): number {
  const { sql, params } = whereOf(filter);
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM outbox_messages AS o LEFT JOIN journeys AS j ON j.id = o.journey_id WHERE ${sql}`,
    )
    .get(params) as { n: number };
  return row.n;
}

export function findOutboxRow(db: Db, id: string): (OutboxListRow & { rendered: string }) | undefined {
  return db.prepare(`${selectRows(true)} WHERE o.id = ?`).get(id) as (OutboxListRow & { rendered: string }) | undefined;
}

export interface AttemptRow {
  idempotency_key: string;
  attempt: number;
  fallback_index: number;
  channel: string;
  provider: string;
  status: 'pending' | 'accepted' | 'rejected' | 'delivered' | 'failed' | 'skipped';
  error: string | null;
  provider_message_id: string | null;
  created_at: number;
  updated_at: number;
}

/** The step's attempts for this contact: by run and step where known, and always those of the key itself. */
export function attemptsOf(db: Db, message: { idempotencyKey: string; runId: number | null; nodeId: string | null }) {
  return db
    .prepare(
      `SELECT idempotency_key, attempt, fallback_index, channel, provider, status, error, provider_message_id,
              created_at, updated_at
       FROM message_attempts
       WHERE idempotency_key = @key OR (@runId IS NOT NULL AND run_id = @runId AND node_id = @nodeId)
       ORDER BY created_at, fallback_index, attempt, id`,
    )
    .all({ key: message.idempotencyKey, runId: message.runId, nodeId: message.nodeId }) as AttemptRow[];
}

/** The step as it was in the version the message came from. */
export function stepOf(
  db: Db,
  journeyId: string,
  version: number | null,
  nodeId: string,
): { label: string; kind: string } | undefined {
  const document =
    version === null
      ? `(SELECT document FROM journeys WHERE id = @journeyId)`
      : `(SELECT document FROM journey_versions WHERE journey_id = @journeyId AND version = @version)`;
  return db
    .prepare(
      `SELECT json_extract(n.value, '$.label') AS label, json_extract(n.value, '$.kind') AS kind
       FROM json_each(${document}, '$.nodes') AS n
       WHERE json_extract(n.value, '$.id') = @nodeId`,
    )
    .get({ journeyId, version, nodeId }) as { label: string; kind: string } | undefined;
}

export function contactOf(db: Db, customerId: string) {
  return db.prepare('SELECT customer_id, email, phone FROM contacts WHERE customer_id = ?').get(customerId) as
    { customer_id: string; email: string | null; phone: string | null } | undefined;
}

/** Sets the time only the first time; answers the row's times afterwards. */
export function markEngagement(db: Db, id: string, column: 'opened_at' | 'clicked_at', at: number) {
  db.prepare(`UPDATE outbox_messages SET ${column} = coalesce(${column}, @at) WHERE id = @id`).run({ id, at });
  return db.prepare('SELECT opened_at, clicked_at FROM outbox_messages WHERE id = ?').get(id) as {
    opened_at: number | null;
    clicked_at: number | null;
  };
}
