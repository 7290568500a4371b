import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { eventIssues } from '../../shared/api-v1/events';
import {
  CreateJourneyInputSchema,
  IdempotencyKeySchema,
  MAX_JOURNEY_API_BODY_BYTES,
  PublishVersionInputSchema,
  PutCustomersInputSchema,
  type JourneyState,
  type ServerInfo,
} from '../../shared/api-v1/journeys';
import { ApiError, tokenFromBearer, type ApiIssue, type Envelope } from '../../shared/contract/index';
import { mapTemplateIds } from '../../shared/exchange/index';
import { isLive, type JourneyStatus } from '../../shared/model/index';
import type { AppCore } from '../services/app-services';
import { contactFromInput } from '../services/audience/contact-values';
import { currentFields } from '../services/audience/fields-service';
import { importFields } from '../services/exchange/import-fields';
import { readForImport } from '../services/exchange/import-journey';
import { importTemplates } from '../services/exchange/import-templates';
import { createClientKeys, type ClientKeyInfo } from '../services/journey-api/client-keys';
import { createPublishedJourneys } from '../services/journey-api/published-journeys';
import { createIdempotencyStore } from '../services/journey-api/idempotency';
import { Problem, sendBody, sendProblem } from './events-api';
import { customersFromCsv } from './customers-csv';
import { readJsonBody, readTextBody } from './read-body';
import { hasMediaType } from './security';

export type JourneyApiCore = Pick<AppCore, 'context' | 'dispatcher'>;

const JOURNEYS = '/api/v1/journeys';
const CUSTOMERS = '/api/v1/customers';
const SERVER = '/api/v1/server';

interface Answer {
  status: number;
  body: unknown;
}

function unprocessable(detail: string, errors: readonly ApiIssue[]): Problem {
  return new Problem(422, 'unprocessable', 'The request cannot be processed', detail, errors);
}

function summary(errors: readonly ApiIssue[]): string {
  const named = errors.slice(0, 3).map((issue) => `${issue.path || '(body)'}: ${issue.message}`);
  return named.join('; ') + (errors.length > 3 ? `; and ${errors.length - 3} more` : '');
}

function parsed<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const errors = eventIssues(result.error);
  throw unprocessable(summary(errors), errors);
}

/** A service refusal as the problem the API answers, its issues under `prefix` (the body field they came from). */
function problemOf(error: { code: string; message: string; issues?: ApiIssue[] }, prefix = ''): Problem {
  const issues = (error.issues ?? []).map((issue) => ({
    path: prefix && issue.path ? `${prefix}.${issue.path}` : prefix || issue.path,
    message: issue.message,
  }));
  switch (error.code) {
    case 'BAD_INPUT':
    case 'INVALID_JOURNEY':
      return unprocessable(error.message, issues.length ? issues : [{ path: prefix, message: error.message }]);
    case 'NOT_FOUND':
      return new Problem(404, 'not-found', 'Not found', error.message);
    case 'CONFLICT':
      return new Problem(409, 'conflict', 'Conflict', error.message, issues);
    case 'TOO_LARGE':
      return new Problem(413, 'too-large', 'The request body is too large', error.message);
    default:
      return new Problem(500, 'internal', 'The request failed', 'The request could not be carried out.');
  }
}

function valueOf<T>(envelope: Envelope, prefix = ''): T {
  if (envelope.ok) return envelope.value as T;
  throw problemOf(envelope.error, prefix);
}

/**
 * The journey API of a delivery backend (see shared/api-v1/journeys.ts): journeys made from a
 * .journey.json version, started and stopped, and customers upserted, on the same services the
 * app uses. Authorised by a client key; the events API key is refused with 403.
 */
export function createJourneyApiHandler(core: JourneyApiCore) {
  const { context, dispatcher } = core;
  const clients = createClientKeys(context.store.db, context.now, context.newId);
  const published = createPublishedJourneys(context.store.db);
  const idempotency = createIdempotencyStore(context.store.db);
  /** Keys whose first request is still being answered: a concurrent replay waits for nothing, it is refused. */
  const inProgress = new Set<string>();

  function authorise(req: IncomingMessage): ClientKeyInfo {
    const token = tokenFromBearer(req.headers.authorization) ?? null;
    const verdict = clients.verify(token);
    if ('client' in verdict) return verdict.client;
    if (verdict.refused === 'unknown' && context.apiKeys.verify(token))
      throw new Problem(
        403,
        'forbidden',
        'This key is not a journey API key',
        'The events API key only sends events; make a client key with "journey-studio api-key create <name>".',
      );
    const headers = { 'WWW-Authenticate': 'Bearer realm="journey-studio"' };
    const detail = {
      missing: 'Send a client API key as "Authorization: Bearer <key>" ("journey-studio api-key create <name>").',
      unknown: 'The API key is not known to this server.',
      revoked: 'The API key has been revoked.',
    }[verdict.refused];
    throw new Problem(401, 'unauthorized', 'A valid API key is required', detail, [], headers);
  }

  async function readBody(req: IncomingMessage, path: string): Promise<unknown> {
    const csv = path === CUSTOMERS && hasMediaType(req, 'text/csv');
    if (!csv && !hasMediaType(req, 'application/json'))
      throw new Problem(
        415,
        'unsupported-media-type',
        'JSON is required',
        path === CUSTOMERS
          ? 'Send Content-Type: application/json, or text/csv with a customerId column.'
          : 'Send Content-Type: application/json.',
      );
    try {
      if (csv) return customersFromCsv(await readTextBody(req, MAX_JOURNEY_API_BODY_BYTES));
      return await readJsonBody(req, MAX_JOURNEY_API_BODY_BYTES);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'BAD_INPUT')
        throw unprocessable(error.message, error.issues ?? [{ path: '', message: error.message }]);
      throw error instanceof ApiError ? problemOf(error) : error;
    }
  }

  async function stateOf(id: string, warnings: string[] = []): Promise<JourneyState> {
    const stored = context.store.journeys.find(id);
    if (stored === undefined) throw new Problem(404, 'not-found', 'No such journey', `There is no journey "${id}".`);
    const figures = valueOf<{ journeyId: string; entered: number; inFlight: number; converted: number }[]>(
      await dispatcher.dispatch('stats', 'dashboard', {}),
    ).find((row) => row.journeyId === id);
    return {
      id,
      name: stored.journey.name,
      status: stored.journey.status,
      activeVersion: stored.liveVersion,
      publishedFromElsewhere: published.has(id),
      counts: {
        entered: figures?.entered ?? 0,
        inFlight: figures?.inFlight ?? 0,
        converted: figures?.converted ?? 0,
      },
      warnings,
    };
  }

  function requireJourney(id: string) {
    const stored = context.store.journeys.find(id);
    if (stored === undefined) throw new Problem(404, 'not-found', 'No such journey', `There is no journey "${id}".`);
    return stored;
  }

  async function createJourney(client: ClientKeyInfo, body: unknown): Promise<Answer> {
    const input = parsed(CreateJourneyInputSchema, body);
    const imported = valueOf<{ journey: { id: string }; warnings: string[] }>(
      await dispatcher.dispatch('exchange', 'import', { content: JSON.stringify(input.journeyFile) }),
      'journeyFile',
    );
    published.mark(imported.journey.id, client.id, context.now().toISOString());
    return { status: 201, body: await stateOf(imported.journey.id, imported.warnings) };
  }

  async function publishVersion(id: string, body: unknown): Promise<Answer> {
    const input = parsed(PublishVersionInputSchema, body);
    const stored = requireJourney(id);
    if (!isLive(stored.journey.status))
      throw new Problem(
        409,
        'conflict',
        'The journey is not running',
        `The journey is ${stored.journey.status}; a new version is published to a started (active or paused) journey.`,
      );
    if (stored.liveVersion !== input.baseVersion)
      throw new Problem(
        409,
        'version-conflict',
        'Version conflict',
        `Version ${stored.liveVersion} runs now, not version ${input.baseVersion}: another version was published in between. Read the journey's state and publish again on top of version ${stored.liveVersion}.`,
        [{ path: 'baseVersion', message: `Version ${stored.liveVersion} runs now` }],
      );
    let file;
    try {
      file = readForImport(JSON.stringify(input.journeyFile));
    } catch (error) {
      throw error instanceof ApiError ? problemOf(error, 'journeyFile') : error;
    }
    const { store } = context;
    const now = context.now().toISOString();
    const warnings: string[] = [];
    const document = store.transaction(() => {
      const templates = importTemplates(store, file.templates, context.newId, now);
      importFields(store, file.fields, now, warnings);
      return mapTemplateIds(file.journey, (templateId) => {
        const mapped = templates.idMap.get(templateId);
        if (mapped !== undefined) return mapped;
        return store.templates.find(templateId) !== undefined ? templateId : null;
      });
    });
    if (!stored.draftOpen) valueOf(await dispatcher.dispatch('journeys', 'startDraft', { id }));
    try {
      const draft = requireJourney(id);
      const saved = valueOf<{ revision: number }>(
        await dispatcher.dispatch('journeys', 'save', {
          journey: { ...document, id, name: draft.journey.name, status: draft.journey.status },
          expectedRevision: draft.revision,
        }),
        'journeyFile.journey',
      );
      valueOf(await dispatcher.dispatch('journeys', 'activate', { id, expectedRevision: saved.revision }));
    } catch (error) {
      // Nothing half-published stays behind: the version that runs is left as it was.
      await dispatcher.dispatch('journeys', 'discardDraft', { id });
      throw error;
    }
    return { status: 201, body: await stateOf(id, warnings) };
  }

  async function transition(id: string, to: JourneyStatus) {
    valueOf(await dispatcher.dispatch('journeys', 'transition', { id, to }));
  }

  async function start(id: string): Promise<Answer> {
    const stored = requireJourney(id);
    const status = stored.journey.status;
    if (status === 'draft' || status === 'ready')
      valueOf(await dispatcher.dispatch('journeys', 'activate', { id, expectedRevision: stored.revision }));
    else if (status === 'paused') await transition(id, 'active');
    else if (status !== 'active')
      throw new Problem(
        409,
        'conflict',
        'The journey cannot start',
        `The journey is ${status}; a ${status} journey does not start again. Create a new journey from its version.`,
      );
    return { status: 200, body: await stateOf(id) };
  }

  async function stop(id: string): Promise<Answer> {
    const status = requireJourney(id).journey.status;
    if (status === 'active' || status === 'paused') await transition(id, 'stopped');
    else if (status !== 'stopped')
      throw new Problem(
        409,
        'conflict',
        'The journey is not running',
        `The journey is ${status}; only a started journey stops.`,
      );
    return { status: 200, body: await stateOf(id) };
  }

  function putCustomers(body: unknown): Answer {
    const { customers } = parsed(PutCustomersInputSchema, body);
    const { store } = context;
    const fields = currentFields(store);
    const now = context.now();
    // One transaction: a customer refused refuses the call, and nothing of it is saved.
    store.transaction(() => {
      customers.forEach((customer, index) => {
        try {
          const existing = store.contacts.find(customer.customerId);
          store.contacts.put(contactFromInput(customer, existing, { fields, now }));
        } catch (error) {
          if (error instanceof ApiError)
            // The contact's own issues are named under `contact`; here they belong to this customer.
            throw problemOf(
              {
                ...error,
                message: error.message,
                issues: error.issues?.map((issue) => ({ ...issue, path: issue.path.replace(/^contact\.?/, '') })),
              },
              `customers[${index}]`,
            );
          throw error;
        }
      });
    });
    context.events.emit('contactsChanged', { reason: 'edit' });
    return { status: 200, body: { upserted: customers.length } };
  }

  /** Routes one authorised call; the method's own work, before idempotency is applied. */
  async function perform(method: string, path: string, client: ClientKeyInfo, body: unknown): Promise<Answer> {
    if (path === JOURNEYS && method === 'POST') return createJourney(client, body);
    if (path === CUSTOMERS && method === 'PUT') return putCustomers(body);
    if (path === SERVER && method === 'GET')
      return {
        status: 200,
        body: {
          product: 'Journey Studio',
          version: context.appVersion,
          api: 'v1',
          client: { name: client.name, keyHint: client.hint },
        } satisfies ServerInfo,
      };
    const match = /^\/api\/v1\/journeys\/([^/]+)(?:\/(start|stop|versions))?$/.exec(path);
    if (match) {
      const id = decodeURIComponent(match[1]!);
      if (match[2] === undefined && method === 'GET') return { status: 200, body: await stateOf(id) };
      if (match[2] === 'start' && method === 'PUT') return start(id);
      if (match[2] === 'stop' && method === 'PUT') return stop(id);
      if (match[2] === 'versions' && method === 'POST') return publishVersion(id, body);
    }
    throw new Problem(404, 'not-found', 'No such endpoint', `There is no endpoint at ${path.slice(0, 200)}.`);
  }

  /** 404 for a path the API does not have, 405 for a method it does not take there: before the body is read. */
  function requireRoute(method: string, path: string) {
    const match = /^\/api\/v1\/journeys\/[^/]+(\/(start|stop|versions))?$/.exec(path);
    const allow =
      path === JOURNEYS || match?.[2] === 'versions'
        ? 'POST'
        : path === CUSTOMERS || match?.[2]
          ? 'PUT'
          : match || path === SERVER
            ? 'GET'
            : null;
    if (allow === null)
      throw new Problem(404, 'not-found', 'No such endpoint', `There is no endpoint at ${path.slice(0, 200)}.`);
    if (method !== allow)
      throw new Problem(405, 'method-not-allowed', `Use ${allow}`, `${path.slice(0, 200)} accepts ${allow} only.`, [], {
        Allow: allow,
      });
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const client = authorise(req);
    requireRoute(method, path);
    if (method === 'GET') {
      const answer = await perform(method, path, client, undefined);
      return sendBody(res, answer.status, 'application/json; charset=utf-8', answer.body);
    }
    const header = req.headers['idempotency-key'];
    const key = IdempotencyKeySchema.safeParse(Array.isArray(header) ? header[0] : header);
    if (!key.success)
      throw unprocessable(key.error.issues[0]!.message, [
        { path: 'Idempotency-Key', message: key.error.issues[0]!.message },
      ]);
    // Start and stop take no body; creating a journey or a version and putting customers take JSON.
    const body =
      path === JOURNEYS || path === CUSTOMERS || path.endsWith('/versions') ? await readBody(req, path) : undefined;
    const fingerprint = createHash('sha256')
      .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
      .digest('hex');
    const slot = `${client.id}\n${key.data}`;
    const first = idempotency.find(client.id, key.data);
    if (first !== undefined || inProgress.has(slot)) {
      if (first === undefined || first.fingerprint !== fingerprint)
        throw new Problem(
          409,
          'idempotency-key-reused',
          'The Idempotency-Key was used for another request',
          first === undefined
            ? 'A request with this Idempotency-Key is still being answered; try again when it has been.'
            : 'This Idempotency-Key was used with a different method, path or body; use a new key for a new change.',
          [{ path: 'Idempotency-Key', message: 'Already used for another request' }],
        );
      const type = first.status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8';
      return sendBody(res, first.status, type, first.body, { 'Idempotent-Replayed': 'true' });
    }
    inProgress.add(slot);
    try {
      let answer: Answer;
      let type = 'application/json; charset=utf-8';
      try {
        answer = await perform(method, path, client, body);
      } catch (error) {
        // A refusal is the first result too (a replay answers the same); a server failure is not kept.
        if (!(error instanceof Problem) || error.status >= 500) throw error;
        answer = { status: error.status, body: problemBody(error) };
        type = 'application/problem+json; charset=utf-8';
        idempotency.record(client.id, key.data, fingerprint, answer, context.now().toISOString());
        return sendBody(res, answer.status, type, answer.body, error.headers);
      }
      idempotency.record(client.id, key.data, fingerprint, answer, context.now().toISOString());
      sendBody(res, answer.status, type, answer.body);
    } finally {
      inProgress.delete(slot);
    }
  }

  /** Serves one request; never rejects (a failure is answered as a problem). */
  return async function handleJourneyApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    try {
      await route(req, res, path);
    } catch (error) {
      const problem =
        error instanceof Problem
          ? error
          : error instanceof ApiError
            ? problemOf(error)
            : new Problem(500, 'internal', 'The request failed', 'The request could not be carried out.');
      if (!res.headersSent) sendProblem(res, problem);
      else res.end();
      if (problem.status === 413) req.socket.destroySoon?.();
    }
  };
}

function problemBody(problem: Problem) {
  return {
    type: `urn:journey-studio:problem:${problem.slug}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    errors: problem.errors,
  };
}
