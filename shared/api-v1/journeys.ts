import { z } from 'zod';

/**
 * The journey API that `journey-studio serve` offers as a delivery backend, under /api/v1. Every
 * call carries a client's API key (`Authorization: Bearer <key>`, made by `journey-studio api-key
 * create <name>`); every mutating call carries an `Idempotency-Key`, and a replay with the same
 * key and body answers the first result. Errors are RFC 9457 problem details naming each field.
 */
export const MAX_JOURNEY_API_BODY_BYTES = 16 * 1024 * 1024;
export const MAX_CUSTOMERS_PER_CALL = 10_000;

export const IdempotencyKeySchema = z
  .string({ error: 'Send an Idempotency-Key header on every call that changes something' })
  .min(1, 'The Idempotency-Key cannot be empty')
  .max(200, 'The Idempotency-Key is at most 200 characters')
  .meta({ description: 'Any unique text per intended change; a replay answers the first result.' });

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
interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  mutating: boolean;
  body?: Json;
  /** Also takes text/csv: a header row naming customer fields, one of them customerId. */
  csvBody?: boolean;
  success: { status: number; schema: Json };
  errors: number[];
}

const ID_PARAM = '{journeyId}';

/** Every operation of the contract: the handler and the OpenAPI document are both made from this list. */
export const JOURNEY_API_OPERATIONS: readonly Operation[] = [
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
    csvBody: true,
    success: { status: 200, schema: PutCustomersResultSchema },
    errors: [401, 403, 409, 413, 415, 422],
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
    if (operation.path.includes(ID_PARAM))
      parameters.push({ name: 'journeyId', in: 'path', required: true, schema: { type: 'string' } });
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
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      summary: operation.summary,
      security: [{ bearer: [] }],
      ...(parameters.length ? { parameters } : {}),
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: schemaOf(operation.body, 'input') },
                ...(operation.csvBody ? { 'text/csv': { schema: { type: 'string' } } } : {}),
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
        'The delivery-backend API of `journey-studio serve`. Authenticate with a client API key (`journey-studio api-key create <name>`); send an Idempotency-Key with every call that changes something.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A client API key (jsc_…).' } },
    },
    paths,
  };
}

const PROBLEM_MEANING: Record<number, string> = {
  401: 'No API key, or one that is unknown or revoked.',
  403: 'The key is not a journey API client key (e.g. the events API key).',
  404: 'No such journey.',
  409: 'A conflict: the Idempotency-Key was used with another request, or the journey is not in a state that allows the call.',
  413: 'The request body is too large.',
  415: 'The body is not JSON.',
  422: 'The body (or the journey) is not valid; `errors` names each field by its JSON path.',
};
