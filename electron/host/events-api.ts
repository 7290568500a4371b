import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  EventBatchInputSchema,
  EventInputSchema,
  eventIssues,
  MAX_EVENTS_BODY_BYTES,
  type EventAccepted,
  type EventRefused,
} from '../../shared/api-v1/events';
import { isJourneyApiPath } from '../../shared/api-v1/journeys';
import { ApiError, tokenFromBearer, type ApiIssue } from '../../shared/contract/index';
import type { EventIngress } from '../services/engine/event-ingress';
import type { ApiKeys } from '../services/events/api-key';
import { inboundEvent } from '../services/events/events-service';
import type { Clock } from '../services/ports/clock';
import { createDeliveryReportsHandler, isDeliveryReportPath, type DeliveryReportsDeps } from './delivery-reports-api';
import { readJsonBody } from './read-body';
import { hasMediaType, SECURITY_HEADERS } from './security';

export interface EventsApiDeps {
  apiKeys: Pick<ApiKeys, 'verify' | 'info'>;
  ingress: EventIngress;
  clock: Pick<Clock, 'now'>;
  /** Providers' delivery reports (Twilio, WhatsApp) on the same API, each checked by its signature. */
  deliveryReports?: DeliveryReportsDeps;
  /** The journey API (`serve` as a delivery backend) on the same port; absent on the desktop's events port. */
  journeyApi?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;
}

const SINGLE_PATH = '/api/v1/events';
const BATCH_PATH = '/api/v1/events:batch';

/** Whether a request is for the events API (which answers with problem details, not envelopes). */
export function isEventsApiPath(url: string): boolean {
  return url === '/api/v1' || url.startsWith('/api/v1/') || url.startsWith('/api/v1?');
}

/** An RFC 9457 problem: `errors` names every field at fault by its JSON path. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: readonly ApiIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export function sendBody(res: ServerResponse, status: number, type: string, body: unknown, headers = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

export function sendProblem(res: ServerResponse, problem: Problem) {
  sendBody(
    res,
    problem.status,
    'application/problem+json; charset=utf-8',
    {
      type: `urn:journey-studio:problem:${problem.slug}`,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      errors: problem.errors,
    },
    problem.headers,
  );
}

function invalid(detail: string, errors: readonly ApiIssue[]): Problem {
  return new Problem(400, 'invalid-request', 'The request is not valid', detail, errors);
}

function fromApiError(error: ApiError): Problem {
  if (error.code === 'TOO_LARGE') return new Problem(413, 'too-large', 'The request body is too large', error.message);
  if (error.code === 'BAD_INPUT') return invalid(error.message, error.issues ?? [{ path: '', message: error.message }]);
  return new Problem(500, 'internal', 'The request failed', 'The event could not be recorded.');
}

function summary(errors: readonly ApiIssue[]): string {
  const named = errors.slice(0, 3).map((issue) => `${issue.path || '(body)'}: ${issue.message}`);
  return named.join('; ') + (errors.length > 3 ? `; and ${errors.length - 3} more` : '');
}

/**
 * POST /api/v1/events and /api/v1/events:batch, for shop systems and scripts. Authorised by the
 * API key alone (never the page's access token); answers are JSON, errors RFC 9457 problem details.
 */
export function createEventsApiHandler(deps: EventsApiDeps) {
  const handleDeliveryReport = deps.deliveryReports ? createDeliveryReportsHandler(deps.deliveryReports) : null;
  function requireKey(req: IncomingMessage) {
    const header = req.headers.authorization;
    if (!deps.apiKeys.verify(tokenFromBearer(header) ?? null)) {
      throw new Problem(
        401,
        'unauthorized',
        'A valid API key is required',
        deps.apiKeys.info() === null
          ? 'No API key has been made yet: open Settings → API, or run "journey-studio api-key".'
          : header === undefined
            ? 'Send the API key as "Authorization: Bearer <key>" (Settings → API, or journey-studio api-key).'
            : 'The API key is not the current one (it may have been regenerated in Settings → API).',
        [],
        { 'WWW-Authenticate': 'Bearer realm="journey-studio-events"' },
      );
    }
  }

  async function readBody(req: IncomingMessage): Promise<unknown> {
    // The media type itself, parameters aside: a prefix test would take application/jsonfoo.
    if (!hasMediaType(req, 'application/json'))
      throw new Problem(415, 'unsupported-media-type', 'JSON is required', 'Send Content-Type: application/json.');
    try {
      return await readJsonBody(req, MAX_EVENTS_BODY_BYTES);
    } catch (error) {
      throw error instanceof ApiError ? fromApiError(error) : error;
    }
  }

  function acceptOne(body: unknown): EventAccepted {
    const parsed = EventInputSchema.safeParse(body);
    if (!parsed.success) {
      const errors = eventIssues(parsed.error);
      throw invalid(summary(errors), errors);
    }
    const [result] = deps.ingress.ingest([inboundEvent(parsed.data, 'api', deps.clock.now())]);
    return { accepted: true, ...result! };
  }

  function ingestEach(events: ReturnType<typeof inboundEvent>[]) {
    return events.map((event) => {
      try {
        return { accepted: true as const, ...deps.ingress.ingest([event])[0]! };
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'BAD_INPUT') throw error;
        return { accepted: false as const, errors: error.issues ?? [{ path: '', message: error.message }] };
      }
    });
  }

  function acceptBatch(body: unknown) {
    const envelope = EventBatchInputSchema.safeParse(body);
    if (!envelope.success) {
      const errors = eventIssues(envelope.error);
      throw invalid(summary(errors), errors);
    }
    const now = deps.clock.now();
    const results: (EventAccepted | EventRefused | null)[] = envelope.data.events.map(() => null);
    const valid: { index: number; event: ReturnType<typeof inboundEvent> }[] = [];
    envelope.data.events.forEach((raw, index) => {
      const parsed = EventInputSchema.safeParse(raw);
      if (parsed.success) valid.push({ index, event: inboundEvent(parsed.data, 'api', now) });
      else results[index] = { accepted: false, errors: eventIssues(parsed.error, ['events', index]) };
    });
    let ingested;
    try {
      // One transaction for the whole batch; only when a contact's fields are refused is each event tried alone.
      ingested = deps.ingress
        .ingest(valid.map(({ event }) => event))
        .map((result) => ({ accepted: true as const, ...result }));
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_INPUT') throw error;
      ingested = ingestEach(valid.map(({ event }) => event));
    }
    ingested.forEach((result, position) => {
      const index = valid[position]!.index;
      results[index] = result.accepted
        ? result
        : {
            accepted: false,
            errors: result.errors.map((issue) => ({ path: `events[${index}].${issue.path}`, message: issue.message })),
          };
    });
    const answers = results as (EventAccepted | EventRefused)[];
    const accepted = answers.filter((answer) => answer.accepted).length;
    if (accepted === 0) {
      const errors = answers.flatMap((answer) => (answer.accepted ? [] : answer.errors));
      throw invalid(`No event in the batch was accepted: ${summary(errors)}`, errors);
    }
    return { accepted, refused: answers.length - accepted, results: answers };
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== SINGLE_PATH && path !== BATCH_PATH)
      throw new Problem(404, 'not-found', 'No such endpoint', `There is no events API at ${path.slice(0, 200)}.`);
    if (req.method !== 'POST')
      throw new Problem(405, 'method-not-allowed', 'Use POST', `${path} accepts POST only.`, [], { Allow: 'POST' });
    requireKey(req);
    const body = await readBody(req);
    const answer = path === BATCH_PATH ? acceptBatch(body) : acceptOne(body);
    sendBody(res, 202, 'application/json; charset=utf-8', answer);
  }

  /** Serves one request; never rejects (a failure is answered as a problem). */
  return async function handleEventsApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (handleDeliveryReport && isDeliveryReportPath(path)) return handleDeliveryReport(req, res);
    if (deps.journeyApi && isJourneyApiPath(path)) return deps.journeyApi(req, res, path);
    try {
      await route(req, res);
    } catch (error) {
      const problem =
        error instanceof Problem
          ? error
          : error instanceof ApiError
            ? fromApiError(error)
            : new Problem(500, 'internal', 'The request failed', 'The event could not be recorded.');
      if (!res.headersSent) sendProblem(res, problem);
      else res.end();
      // An oversized body is abandoned half-read; closing the connection stops the client sending the rest.
      if (problem.status === 413) req.socket.destroySoon?.();
    }
  };
}

export type EventsApiHandler = ReturnType<typeof createEventsApiHandler>;
