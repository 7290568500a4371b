import { z } from 'zod';
import {
  CreateStateEntryInputSchema,
  StateEntriesSchema,
  StateEntrySchema,
  UpdateStateEntryInputSchema,
} from './journey-state-entries';
import { SendSchema, SendToListInputSchema } from './journey-sends';
import { MAX_CUSTOMERS_PER_CALL } from './limits';

export { MAX_CUSTOMERS_PER_CALL, MAX_JOURNEY_API_BODY_BYTES } from './limits';

/**
 * The journey API that `journey-studio serve` offers as a delivery backend, under /api/v1. Every
 * call carries a client's API key (`Authorization: Bearer <key>`, made by `journey-studio api-key
 * create <name>`); every mutating call carries an `Idempotency-Key`, and a replay with the same
 * key and body answers the first result. Errors are RFC 9457 problem details naming each field.
 */

export const IdempotencyKeySchema = z
  .string({ error: 'Send an Idempotency-Key header on every call that changes something' })
  .min(1, 'The Idempotency-Key cannot be empty')
  .max(200, 'The Idempotency-Key is at most 200 characters')
  .meta({ description: 'Any unique text per intended change; a replay answers the first result.' });

/**
 * The problem type of a call whose Idempotency-Key is still being answered (409 with Retry-After):
 * not a refusal, since the first request may yet succeed; send the same call again, same key, later.
 */
export const IDEMPOTENCY_IN_PROGRESS = 'idempotency-in-progress';
export const IDEMPOTENCY_IN_PROGRESS_TYPE = `urn:journey-studio:problem:${IDEMPOTENCY_IN_PROGRESS}`;

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    /** Every field at fault, by its JSON path in the request (or the header's name). */
    errors: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .meta({ description: 'RFC 9457 problem details; `errors` names every field at fault.' });

/** A self-contained journey version: the content of a .journey.json file (document, templates, custom fields). */
export const JourneyFileSchema = z
  .record(z.string(), z.unknown(), { error: 'Expected the .journey.json content as a JSON object' })
  .meta({
    description:
      'The content of a .journey.json file as Journey Studio exports it: schemaVersion, journey (document), templates and fields. Secrets are never in it: steps name them, and this server resolves them from its own store.',
  });

export const CreateJourneyInputSchema = z.object({ journeyFile: JourneyFileSchema }).strict();

export const PublishVersionInputSchema = z
  .object({
    /** The version the publisher believes runs now; another one running is a 409 version conflict. */
    baseVersion: z.number({ error: 'Expected the version that runs now, as a number' }).int().positive(),
    journeyFile: JourneyFileSchema,
  })
  .strict();

export const JourneyStatusSchema = z.enum(['draft', 'ready', 'active', 'paused', 'stopped', 'archived']);

export const JourneyStateSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: JourneyStatusSchema,
  /** The version that runs (or ran last); null until the journey was first started. */
  activeVersion: z.number().int().positive().nullable(),
  /** Always true for journeys made through this API: the server's app shows them read-only. */
  publishedFromElsewhere: z.boolean(),
  counts: z.object({
    entered: z.number().int().nonnegative(),
    inFlight: z.number().int().nonnegative(),
    converted: z.number().int().nonnegative(),
  }),
  warnings: z.array(z.string()),
});
export type JourneyState = z.infer<typeof JourneyStateSchema>;

export const CustomerSchema = z
  .object({ customerId: z.string({ error: 'Expected the customer id as text' }).trim().min(1).max(200) })
  .catchall(z.unknown())
  .meta({ description: 'A customer id and any customer fields (validated by field type).' });

export const PutCustomersInputSchema = z
  .object({
    customers: z
      .array(CustomerSchema, { error: 'Expected a list of customers' })
      .min(1, 'At least one customer is required')
      .max(MAX_CUSTOMERS_PER_CALL, `At most ${MAX_CUSTOMERS_PER_CALL} customers per call`),
  })
  .strict();

export const PutCustomersResultSchema = z.object({ upserted: z.number().int().nonnegative() });

/** Who answers and whom it knows the caller as: what a publisher's Test connection shows. */
export const ServerInfoSchema = z.object({
  product: z.literal('Journey Studio'),
  /** The server's version (the app's). */
  version: z.string(),
  api: z.literal('v1'),
  /** The client key the call was made with, by its name and last four characters. */
  client: z.object({ name: z.string(), keyHint: z.string() }),
});
export type ServerInfo = z.infer<typeof ServerInfoSchema>;

/** Whether a path belongs to the journey API (the rest of /api/v1 is the events API's). */
export function isJourneyApiPath(path: string): boolean {
  return (
    path === '/api/v1/journeys' ||
    path.startsWith('/api/v1/journeys/') ||
    path === '/api/v1/customers' ||
    path === '/api/v1/server'
  );
}

type Json = z.ZodType;
export interface JourneyApiOperation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  mutating: boolean;
  body?: Json;
  /** Takes text/csv (a header row naming customer fields, one of them customerId): besides JSON, or only. */
  csv?: 'also' | 'only';
  success: { status: number; schema: Json };
  errors: number[];
}

const ID_PARAM = '{journeyId}';
const JOURNEY = `/api/v1/journeys/${ID_PARAM}`;

const STATE_MEANING =
  "Named values a publisher keeps with a journey on this server. Every message of the journey reads them when it is sent, as {{ journey.state.NAME }} in its template (and journey.state.NAME in a message step's variables), so a discount code, an end date or a headline changes without publishing a new version.";

/** Every operation of the contract: the handler and the OpenAPI document are both made from this list. */
export const JOURNEY_API_OPERATIONS: readonly JourneyApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/server',
    summary:
      "The server's product and version, and the client key the call was made with (name and last four characters): a publisher's Test connection.",
    mutating: false,
    success: { status: 200, schema: ServerInfoSchema },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/v1/journeys',
    summary:
      'Create a journey from a self-contained journey version (.journey.json content). It is stored as a draft marked "published from elsewhere"; start runs it.',
    mutating: true,
    body: CreateJourneyInputSchema,
    success: { status: 201, schema: JourneyStateSchema },
    errors: [401, 403, 409, 413, 415, 422],
  },
  {
    method: 'get',
    path: `/api/v1/journeys/${ID_PARAM}`,
    summary: 'Its state: status, active version and counts (entered, in flight, converted).',
    mutating: false,
    success: { status: 200, schema: JourneyStateSchema },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: `/api/v1/journeys/${ID_PARAM}/versions`,
    summary:
      'Publish a new version of a started journey from a .journey.json version: it becomes the next numbered version and runs for new entries; runs in flight carry on in theirs. 409 when baseVersion is not the version that runs (someone published in between): read the state and publish again on top of it.',
    mutating: true,
    body: PublishVersionInputSchema,
    success: { status: 201, schema: JourneyStateSchema },
    errors: [401, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'put',
    path: `/api/v1/journeys/${ID_PARAM}/start`,
    summary:
      'Start the journey: the first start validates and freezes version 1; a paused or stopped journey resumes. 422 names the validation errors.',
    mutating: true,
    success: { status: 200, schema: JourneyStateSchema },
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'put',
    path: `/api/v1/journeys/${ID_PARAM}/stop`,
    summary: 'Stop the journey: no new customers enter; those in flight finish.',
    mutating: true,
    success: { status: 200, schema: JourneyStateSchema },
    errors: [401, 403, 404, 409],
  },
  {
    method: 'put',
    path: '/api/v1/customers',
    summary:
      "Upsert customers into the server's contacts, by their fields as JSON or as a CSV file (text/csv, a header row naming customer fields, one of them customerId). All or nothing: a refused value names customers[i].field.",
    mutating: true,
    body: PutCustomersInputSchema,
    csv: 'also',
    success: { status: 200, schema: PutCustomersResultSchema },
    errors: [401, 403, 409, 413, 415, 422],
  },
  {
    method: 'post',
    path: `${JOURNEY}/sends/all`,
    summary:
      "Send to all: enrol every customer of the server's contacts into the started journey, at its first entry, whatever that entry's audience. Each enters if the journey's re-entry rule allows; the engine enrols them in the background (202), and the send's progress tells. 409 when the journey is not started.",
    mutating: true,
    success: { status: 202, schema: SendSchema },
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: `${JOURNEY}/sends/list`,
    summary:
      'Send to a list: enrol exactly these customers (by customerId) into the started journey, as send to all does. Every id must name an existing customer: 422 names each unknown one as customerIds[i], and nothing is sent.',
    mutating: true,
    body: SendToListInputSchema,
    success: { status: 202, schema: SendSchema },
    errors: [401, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'post',
    path: `${JOURNEY}/sends/csv`,
    summary:
      "Send to a CSV file (text/csv, a header row naming customer fields, one of them customerId): its customers are upserted into the server's contacts as PUT /api/v1/customers does, then exactly they are enrolled, in one call. A refused value is 422 naming customers[i].field, and nothing is saved or sent.",
    mutating: true,
    csv: 'only',
    success: { status: 202, schema: SendSchema },
    errors: [401, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'get',
    path: `${JOURNEY}/sends/{sendId}`,
    summary: "A send's progress: its customers, how many entered, how many were kept out, how many are pending.",
    mutating: false,
    success: { status: 200, schema: SendSchema },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: `${JOURNEY}/state`,
    summary: `The journey state: ${STATE_MEANING}`,
    mutating: false,
    success: { status: 200, schema: StateEntriesSchema },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: `${JOURNEY}/state`,
    summary: `Create a journey state entry (a name and any JSON value). ${STATE_MEANING} 409 when the name exists (update it with PUT).`,
    mutating: true,
    body: CreateStateEntryInputSchema,
    success: { status: 201, schema: StateEntrySchema },
    errors: [401, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'get',
    path: `${JOURNEY}/state/{name}`,
    summary: 'One journey state entry.',
    mutating: false,
    success: { status: 200, schema: StateEntrySchema },
    errors: [401, 403, 404],
  },
  {
    method: 'put',
    path: `${JOURNEY}/state/{name}`,
    summary:
      'Update a journey state entry: messages sent from now on read the new value; those already sent keep the one they read.',
    mutating: true,
    body: UpdateStateEntryInputSchema,
    success: { status: 200, schema: StateEntrySchema },
    errors: [401, 403, 404, 409, 413, 415, 422],
  },
  {
    method: 'delete',
    path: `${JOURNEY}/state/{name}`,
    summary:
      'Delete a journey state entry; answers the entry as it was. Messages sent from now on read {{ journey.state.NAME }} as empty.',
    mutating: true,
    success: { status: 200, schema: StateEntrySchema },
    errors: [401, 403, 404, 409, 422],
  },
];

/** The OpenAPI 3.1 document of the journey API, generated from the zod schemas above. */
export function journeyApiOpenApi(version: string): Record<string, unknown> {
  const components: Record<string, unknown> = {};
  const schemaOf = (schema: Json, io: 'input' | 'output') => {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    delete json.$schema;
    return json;
  };
  components.Problem = schemaOf(ProblemSchema, 'output');
  const paths: Record<string, Record<string, unknown>> = {};
  const problemResponse = (status: number) => ({
    description: PROBLEM_MEANING[status] ?? 'Problem',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });
  for (const operation of JOURNEY_API_OPERATIONS) {
    const parameters: unknown[] = [];
    for (const [, name] of operation.path.matchAll(/\{(\w+)\}/g))
      parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    if (operation.mutating)
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        schema: schemaOf(IdempotencyKeySchema, 'input'),
      });
    const responses: Record<string, unknown> = {
      [String(operation.success.status)]: {
        description: 'Success',
        content: { 'application/json': { schema: schemaOf(operation.success.schema, 'output') } },
      },
    };
    for (const status of operation.errors) responses[String(status)] = problemResponse(status);
    if (operation.mutating)
      responses['409'] = {
        ...problemResponse(409),
        description: `${PROBLEM_MEANING[409]} ${IN_PROGRESS_MEANING}`,
        headers: {
          'Retry-After': {
            description: `Seconds to wait before sending the call again; only with type ${IDEMPOTENCY_IN_PROGRESS_TYPE}.`,
            schema: { type: 'integer' },
          },
        },
      };
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      summary: operation.summary,
      security: [{ bearer: [] }],
      ...(parameters.length ? { parameters } : {}),
      ...(operation.body || operation.csv
        ? {
            requestBody: {
              required: true,
              content: {
                ...(operation.body ? { 'application/json': { schema: schemaOf(operation.body, 'input') } } : {}),
                ...(operation.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Journey Studio journey API',
      version,
      description:
        'The delivery-backend API of `journey-studio serve`. Authenticate with a client API key (`journey-studio api-key create <name>`); send an Idempotency-Key with every call that changes something: a replay with the same key and body answers the first result (header Idempotent-Replayed: true), the same key with another method, path or body is a 409; the same key while its first request is still being answered is a 409 of type ' +
        `${IDEMPOTENCY_IN_PROGRESS_TYPE} with Retry-After: send it again with the same key.\n\n` +
        `The journey state entity (/api/v1/journeys/{journeyId}/state): ${STATE_MEANING}\n\n` +
        "Sends (/api/v1/journeys/{journeyId}/sends/…) enrol exactly the given customers (all, a list of ids, or a CSV file) into a started journey at its first entry, whatever its audience; each enters only if the journey's re-entry rule allows.",
    },
    servers: [{ url: '/' }],
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A client API key (jsc_…).' } },
    },
    paths,
  };
}

const IN_PROGRESS_MEANING = `A request with the same Idempotency-Key still being answered is a 409 of type ${IDEMPOTENCY_IN_PROGRESS_TYPE} with a Retry-After header: not a refusal; send the same call again with the same key.`;

const PROBLEM_MEANING: Record<number, string> = {
  401: 'No API key, or one that is unknown or revoked.',
  403: 'The key is not a journey API client key (e.g. the events API key).',
  404: 'No such journey (or send, or state entry).',
  409: 'A conflict: the Idempotency-Key was used with another request, another version was published (version conflict), the journey is not in a state that allows the call, or the state entry exists.',
  413: 'The request body is too large.',
  415: 'The body is not of the media type the operation takes (JSON, or text/csv where it says so).',
  422: 'The body (or the journey) is not valid; `errors` names each field by its JSON path.',
};
