import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CreateJourneyInputSchema,
  IDEMPOTENCY_IN_PROGRESS,
  IdempotencyKeySchema,
  MAX_JOURNEY_API_BODY_BYTES,
  PublishVersionInputSchema,
  PutCustomersInputSchema,
  type JourneyApiOperation,
  type JourneyState,
  type ServerInfo,
} from '../../shared/api-v1/journeys';
import { ApiError, tokenFromBearer } from '../../shared/contract/index';
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
import { createPublishHistory } from '../services/journey-api/publish-history';
import { whilePublishing } from '../services/journey-api/published-lock';
import { Problem, sendBody, sendProblem } from './events-api';
import { parsed, problemOf, unprocessable, valueOf, type Answer, type Call } from './journey-api-problems';
import { matchRoute } from './journey-api-routes';
import { createSendHandlers } from './journey-api-sends';
import { createStateHandlers } from './journey-api-state';
import { customersFromCsv } from './customers-csv';
import { readJsonBody, readTextBody } from './read-body';
import { hasMediaType } from './security';

export type JourneyApiCore = Pick<AppCore, 'context' | 'dispatcher' | 'engine' | 'engineStore'>;

/**
 * The journey API of a delivery backend (see shared/api-v1/journeys.ts): journeys made from a
 * .journey.json version, started and stopped, and customers upserted, on the same services the
 * app uses. Authorised by a client key; the events API key is refused with 403.
 */
export function createJourneyApiHandler(core: JourneyApiCore) {
  const { context, dispatcher } = core;
  const clients = createClientKeys(context.store.db, context.now, context.newId);
  const published = createPublishedJourneys(context.store.db);
  const history = createPublishHistory(context.store.db);
  const idempotency = createIdempotencyStore(context.store.db);
  /** Keys whose first request is still being answered: a concurrent one is told so (in progress), to send it again. */
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

  /** The body an operation takes: JSON, or text/csv where the contract says so (as { customers }). */
  async function readBody(req: IncomingMessage, operation: JourneyApiOperation): Promise<unknown> {
    if (operation.body === undefined && operation.csv === undefined) return undefined;
    const csv = operation.csv !== undefined && hasMediaType(req, 'text/csv');
    if (!csv && (operation.csv === 'only' || !hasMediaType(req, 'application/json')))
      throw new Problem(
        415,
        'unsupported-media-type',
        operation.csv === 'only' ? 'CSV is required' : 'JSON is required',
        {
          only: 'Send Content-Type: text/csv with a customerId column.',
          also: 'Send Content-Type: application/json, or text/csv with a customerId column.',
          none: 'Send Content-Type: application/json.',
        }[operation.csv ?? 'none'],
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
    const at = context.now().toISOString();
    published.mark(imported.journey.id, client.id, at);
    history.record({
      journeyId: imported.journey.id,
      version: null,
      clientId: client.id,
      at,
      action: 'create',
      status: 201,
      result: 'created as a draft',
    });
    return { status: 201, body: await stateOf(imported.journey.id, imported.warnings) };
  }

  /** Publishes a version, and writes what came of it (the version that runs, or the refusal) in the journey's history. */
  async function publishVersion(client: ClientKeyInfo, id: string, body: unknown): Promise<Answer> {
    const record = (status: number, version: number | null, result: string) =>
      history.record({
        journeyId: id,
        version,
        clientId: client.id,
        at: context.now().toISOString(),
        action: 'publish',
        status,
        result,
      });
    try {
      const answer = await publishNewVersion(id, body);
      const version = (answer.body as JourneyState).activeVersion;
      record(201, version, `version ${version} runs`);
      return answer;
    } catch (error) {
      if (error instanceof Problem && error.status !== 404) record(error.status, null, error.detail);
      throw error;
    }
  }

  async function publishNewVersion(id: string, body: unknown): Promise<Answer> {
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
    // Only the journey API changes a journey published from elsewhere: the app refuses to.
    await whilePublishing(context.store.db, id, async () => {
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
    });
    return { status: 201, body: await stateOf(id, warnings) };
  }

  async function transition(id: string, to: JourneyStatus) {
    valueOf(await dispatcher.dispatch('journeys', 'transition', { id, to }));
  }

  async function start(client: ClientKeyInfo, id: string): Promise<Answer> {
    const stored = requireJourney(id);
    const status = stored.journey.status;
    if (status === 'draft' || status === 'ready') {
      valueOf(await dispatcher.dispatch('journeys', 'activate', { id, expectedRevision: stored.revision }));
      if (published.has(id))
        history.record({
          journeyId: id,
          version: 1,
          clientId: client.id,
          at: context.now().toISOString(),
          action: 'start',
          status: 200,
          result: 'started: version 1 runs',
        });
    } else if (status === 'paused') await transition(id, 'active');
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

  /** Upserts customers inside the caller's transaction: a refused one throws, naming customers[i].field. */
  function upsertCustomers(customers: readonly Record<string, unknown>[]): void {
    const { store } = context;
    const fields = currentFields(store);
    const now = context.now();
    customers.forEach((customer, index) => {
      try {
        const existing = store.contacts.find(String(customer.customerId));
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
  }

  function putCustomers(body: unknown): Answer {
    const { customers } = parsed(PutCustomersInputSchema, body);
    // One transaction: a customer refused refuses the call, and nothing of it is saved.
    context.store.transaction(() => upsertCustomers(customers));
    context.events.emit('contactsChanged', { reason: 'edit' });
    return { status: 200, body: { upserted: customers.length } };
  }

  const sendHandlers = createSendHandlers({
    core,
    statusOf: (journeyId) => requireJourney(journeyId).journey.status,
    upsertCustomers,
  });
  const stateHandlers = createStateHandlers(context, requireJourney);

  /** Each operation's own work, before idempotency is applied; keyed "METHOD /path" as in the contract. */
  const handlers: Record<string, (call: Call) => Answer | Promise<Answer>> = {
    'post /api/v1/journeys': ({ client, body }) => createJourney(client, body),
    'get /api/v1/journeys/{journeyId}': async ({ params }) => ({ status: 200, body: await stateOf(params.journeyId!) }),
    'post /api/v1/journeys/{journeyId}/versions': ({ client, params, body }) =>
      publishVersion(client, params.journeyId!, body),
    'put /api/v1/journeys/{journeyId}/start': ({ client, params }) => start(client, params.journeyId!),
    'put /api/v1/journeys/{journeyId}/stop': ({ params }) => stop(params.journeyId!),
    'put /api/v1/customers': ({ body }) => putCustomers(body),
    'get /api/v1/server': ({ client }) => ({
      status: 200,
      body: {
        product: 'Journey Studio',
        version: context.appVersion,
        api: 'v1',
        client: { name: client.name, keyHint: client.hint },
      } satisfies ServerInfo,
    }),
    ...sendHandlers,
    ...stateHandlers,
  };

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const client = authorise(req);
    const { operation, params } = matchRoute(method, path);
    const handler = handlers[`${operation.method} ${operation.path}`];
    if (handler === undefined) throw new Error(`No handler for ${operation.method} ${operation.path}`);
    if (!operation.mutating) {
      const answer = await handler({ client, params, body: undefined, idempotencyKey: '' });
      return sendBody(res, answer.status, 'application/json; charset=utf-8', answer.body);
    }
    const header = req.headers['idempotency-key'];
    const key = IdempotencyKeySchema.safeParse(Array.isArray(header) ? header[0] : header);
    if (!key.success)
      throw unprocessable(key.error.issues[0]!.message, [
        { path: 'Idempotency-Key', message: key.error.issues[0]!.message },
      ]);
    const body = await readBody(req, operation);
    const fingerprint = createHash('sha256')
      .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
      .digest('hex');
    const slot = `${client.id}\n${key.data}`;
    const first = idempotency.find(client.id, key.data);
    if (inProgress.has(slot))
      // Not a refusal: the first request may still succeed, so the client waits and sends this one again.
      throw new Problem(
        409,
        IDEMPOTENCY_IN_PROGRESS,
        'A request with this Idempotency-Key is in progress',
        'A request with this Idempotency-Key is still being answered; send this one again (same key) in a moment to get its result.',
        [{ path: 'Idempotency-Key', message: 'In progress' }],
        { 'Retry-After': '1' },
      );
    if (first !== undefined) {
      if (first.fingerprint !== fingerprint)
        throw new Problem(
          409,
          'idempotency-key-reused',
          'The Idempotency-Key was used for another request',
          'This Idempotency-Key was used with a different method, path or body; use a new key for a new change.',
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
        answer = await handler({ client, params, body, idempotencyKey: key.data });
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
