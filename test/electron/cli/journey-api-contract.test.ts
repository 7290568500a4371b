import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY_API_OPERATIONS, ProblemSchema } from '../../../shared/api-v1/journeys';
import { useTempDir } from '../../support/temp-dir';
import { runCliProcess } from './support/bundled-cli';
import { layOutCli, spawnServe, type ServedProcess } from './support/served-process';

/**
 * The OpenAPI document (shared/api-v1/openapi.json) run against the real `journey-studio serve`, a
 * child process on 127.0.0.1:0: every path and method it lists answers its success status with a
 * body of its schema, and every error status it declares, as RFC 9457 problem details; every
 * mutating call replays idempotently. The document is iterated: an operation added to it without
 * a way here to call it successfully fails this test.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const document = JSON.parse(fs.readFileSync(path.join(here, '../../../shared/api-v1/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, DocumentedOperation>>;
};

interface DocumentedOperation {
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content: Record<string, unknown> }>;
}

interface Operation {
  key: string;
  method: string;
  path: string;
  described: DocumentedOperation;
  mutating: boolean;
  success: number;
  errors: number[];
}

const OPERATIONS: Operation[] = Object.entries(document.paths).flatMap(([route, methods]) =>
  Object.entries(methods).map(([method, described]) => {
    const statuses = Object.keys(described.responses).map(Number);
    const successes = statuses.filter((status) => status < 300);
    expect(successes, `${method} ${route} declares one success status`).toHaveLength(1);
    return {
      key: `${method} ${route}`,
      method,
      path: route,
      described,
      mutating: (described.parameters ?? []).some((parameter) => parameter.name === 'Idempotency-Key'),
      success: successes[0]!,
      errors: statuses.filter((status) => status >= 400),
    };
  }),
);

/** A request to an operation: its path parameters and its body (JSON, or CSV text). */
interface Example {
  params?: Record<string, string>;
  json?: unknown;
  csv?: string;
}

/** What the successful examples made, for the ones after them. */
const made: { journeyId?: string; sendId?: string } = {};
const journeyFile = () =>
  JSON.parse(fs.readFileSync(path.join(here, '../../fixtures/exchange/v1-welcome.journey.json'), 'utf8')) as unknown;
const ofJourney = (extra: Record<string, string> = {}) => ({ journeyId: made.journeyId!, ...extra });

/**
 * A successful call of each operation, in an order where each finds what it needs: the journey is
 * created, started and given customers before it is sent to; it is stopped last.
 */
const SUCCESSES: [key: string, example: () => Example, keep?: (body: { id: string }) => void][] = [
  ['get /api/v1/server', () => ({})],
  ['post /api/v1/journeys', () => ({ json: { journeyFile: journeyFile() } }), (body) => (made.journeyId = body.id)],
  ['get /api/v1/journeys/{journeyId}', () => ({ params: ofJourney() })],
  ['put /api/v1/journeys/{journeyId}/start', () => ({ params: ofJourney() })],
  [
    'post /api/v1/journeys/{journeyId}/versions',
    () => ({ params: ofJourney(), json: { baseVersion: 1, journeyFile: journeyFile() } }),
  ],
  ['put /api/v1/customers', () => ({ json: { customers: [{ customerId: 'c-1', phone: '+34600000001' }] } })],
  [
    'post /api/v1/journeys/{journeyId}/sends/list',
    () => ({ params: ofJourney(), json: { customerIds: ['c-1'] } }),
    (body) => (made.sendId = body.id),
  ],
  [
    'post /api/v1/journeys/{journeyId}/sends/csv',
    () => ({ params: ofJourney(), csv: 'customerId,phone\nc-2,+34600000002\n' }),
  ],
  ['post /api/v1/journeys/{journeyId}/sends/all', () => ({ params: ofJourney() })],
  ['get /api/v1/journeys/{journeyId}/sends/{sendId}', () => ({ params: ofJourney({ sendId: made.sendId! }) })],
  ['post /api/v1/journeys/{journeyId}/state', () => ({ params: ofJourney(), json: { name: 'code', value: 'SPRING' } })],
  ['get /api/v1/journeys/{journeyId}/state', () => ({ params: ofJourney() })],
  ['get /api/v1/journeys/{journeyId}/state/{name}', () => ({ params: ofJourney({ name: 'code' }) })],
  [
    'put /api/v1/journeys/{journeyId}/state/{name}',
    () => ({ params: ofJourney({ name: 'code' }), json: { value: 2 } }),
  ],
  ['delete /api/v1/journeys/{journeyId}/state/{name}', () => ({ params: ofJourney({ name: 'code' }) })],
  ['put /api/v1/journeys/{journeyId}/stop', () => ({ params: ofJourney() })],
];

const tempDir = useTempDir('journey-studio-contract-');
let served: ServedProcess;
let clientKey: string;
let eventsKey: string;
let keyCounter = 0;
const freshKey = () => `contract-${++keyCounter}`;
/** Every (operation, status) the server answered, to hold against the document at the end. */
const answered = new Set<string>();

beforeAll(async () => {
  const cli = await layOutCli(tempDir());
  const dataDir = tempDir();
  const created = await runCliProcess(cli, ['api-key', 'create', 'contract tests', '--data-dir', dataDir]);
  expect(created.code, created.stderr).toBe(0);
  clientKey = created.stdout.trim();
  const events = await runCliProcess(cli, ['api-key', '--data-dir', dataDir]);
  expect(events.code, events.stderr).toBe(0);
  eventsKey = events.stdout.trim();
  served = await spawnServe(cli, dataDir);
}, 120_000);

afterAll(async () => {
  await served?.stop();
});

interface Sent {
  status: number;
  headers: Headers;
  body: unknown;
}

function fillPath(operation: Operation, example: Example): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = example.params?.[name];
    if (value === undefined) throw new Error(`${operation.key}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

/** Calls an operation of the document; `as` overrides the headers (undefined drops one), `raw` the body. */
async function send(
  operation: Operation,
  example: Example,
  options: { headers?: Record<string, string | undefined>; raw?: { type: string; body: string } } = {},
): Promise<Sent> {
  const url = fillPath(operation, example);
  const body =
    options.raw ??
    (example.csv !== undefined
      ? { type: 'text/csv', body: example.csv }
      : example.json !== undefined
        ? { type: 'application/json', body: JSON.stringify(example.json) }
        : undefined);
  const headers: Record<string, string> = {
    Authorization: `Bearer ${clientKey}`,
    ...(body ? { 'Content-Type': body.type } : {}),
    ...(operation.mutating ? { 'Idempotency-Key': freshKey() } : {}),
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  const response = await fetch(`${served.origin}${url}`, {
    method: operation.method.toUpperCase(),
    headers,
    body: body?.body,
  });
  answered.add(`${operation.key} ${response.status}`);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** A request whose Content-Length is past the limit, of which only a first chunk is sent before the answer. */
function sendDeclaredTooLarge(operation: Operation, example: Example, type: string): Promise<Sent> {
  const url = new URL(`${served.origin}${fillPath(operation, example)}`);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: operation.method.toUpperCase(),
      headers: {
        Authorization: `Bearer ${clientKey}`,
        'Content-Type': type,
        'Content-Length': String(17 * 1024 * 1024),
        'Idempotency-Key': freshKey(),
      },
    });
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        request.destroy();
        answered.add(`${operation.key} ${response.statusCode}`);
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers))
          if (typeof value === 'string') headers.set(name, value);
        resolve({ status: response.statusCode ?? 0, headers, body: JSON.parse(text) as unknown });
      });
    });
    request.on('error', reject);
    request.write('x'.repeat(1024));
  });
}

function expectSuccess(operation: Operation, sent: Sent) {
  expect(sent.status, `${operation.key}: ${JSON.stringify(sent.body)}`).toBe(operation.success);
  expect(sent.headers.get('content-type')).toMatch(/^application\/json/);
  // The document is generated from these schemas (test/shared/api-v1/openapi.test.ts holds them equal).
  const schema = JOURNEY_API_OPERATIONS.find((candidate) => `${candidate.method} ${candidate.path}` === operation.key)!
    .success.schema;
  expect(schema.safeParse(sent.body).success, `${operation.key} answers its schema`).toBe(true);
}

function expectProblem(operation: Operation, sent: Sent, status: number) {
  expect(sent.status, `${operation.key}: ${JSON.stringify(sent.body)}`).toBe(status);
  expect(operation.errors, `${operation.key} declares ${status}`).toContain(status);
  expect(sent.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = ProblemSchema.parse(sent.body);
  expect(problem.status).toBe(status);
  expect(problem.type).toMatch(/^urn:journey-studio:problem:/);
  return problem;
}

const takesBody = (operation: Operation) => operation.described.requestBody !== undefined;
const takesJson = (operation: Operation) => 'application/json' in (operation.described.requestBody?.content ?? {});

/** How each error status is provoked on any operation that declares it. */
const PROVOKE: Record<number, (operation: Operation, example: Example) => Promise<void>> = {
  401: async (operation, example) => {
    const sent = await send(operation, example, { headers: { Authorization: undefined } });
    expectProblem(operation, sent, 401);
    expect(sent.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectProblem(operation, await send(operation, example, { headers: { Authorization: 'Bearer jsc_nope' } }), 401);
  },
  403: async (operation, example) => {
    expectProblem(
      operation,
      await send(operation, example, { headers: { Authorization: `Bearer ${eventsKey}` } }),
      403,
    );
  },
  404: async (operation, example) => {
    const params = { ...example.params, journeyId: 'no-such-journey' };
    expectProblem(operation, await send(operation, { ...example, params }), 404);
  },
  409: async (operation, example) => {
    // A key already used for another request (putting a customer): another method, path or body.
    const key = freshKey();
    const other = OPERATIONS.find((candidate) => candidate.key === 'put /api/v1/customers')!;
    await send(other, { json: { customers: [{ customerId: `k-${key}` }] } }, { headers: { 'Idempotency-Key': key } });
    const problem = expectProblem(
      operation,
      await send(operation, example, { headers: { 'Idempotency-Key': key } }),
      409,
    );
    expect(problem.errors).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
  },
  413: async (operation, example) => {
    // Declared too large: the server answers before the body is sent (so nothing is written to a closed socket).
    const type = takesJson(operation) ? 'application/json' : 'text/csv';
    expectProblem(operation, await sendDeclaredTooLarge(operation, example, type), 413);
  },
  415: async (operation, example) => {
    expectProblem(operation, await send(operation, example, { raw: { type: 'text/plain', body: 'x' } }), 415);
  },
  422: async (operation, example) => {
    const unkeyed = expectProblem(
      operation,
      await send(operation, example, { headers: { 'Idempotency-Key': undefined } }),
      422,
    );
    expect(unkeyed.errors.map((issue) => issue.path)).toEqual(['Idempotency-Key']);
    if (!takesBody(operation)) return;
    const raw = takesJson(operation)
      ? { type: 'application/json', body: JSON.stringify({ unexpected: true }) }
      : { type: 'text/csv', body: 'unexpected\n1\n' };
    const invalid = expectProblem(operation, await send(operation, example, { raw }), 422);
    expect(invalid.errors.length).toBeGreaterThan(0);
    for (const issue of invalid.errors) expect(issue.path, `${operation.key} names the field`).not.toBe('');
  },
};

describe('the OpenAPI document against the real serve', () => {
  it('has a successful example for every path and method it lists, and a way to provoke every error it declares', () => {
    const keys = OPERATIONS.map((operation) => operation.key);
    expect(keys.filter((key) => !SUCCESSES.some(([known]) => known === key))).toEqual([]);
    expect(SUCCESSES.map(([key]) => key).filter((key) => !keys.includes(key))).toEqual([]);
    const statuses = new Set(OPERATIONS.flatMap((operation) => operation.errors));
    expect([...statuses].filter((status) => PROVOKE[status] === undefined)).toEqual([]);
  });

  it('answers every operation successfully with its schema, and a replay with the same key and body the same', async () => {
    for (const [key, example, keep] of SUCCESSES) {
      const operation = OPERATIONS.find((candidate) => candidate.key === key)!;
      const request = example();
      const idempotencyKey = freshKey();
      const headers = operation.mutating ? { 'Idempotency-Key': idempotencyKey } : {};
      const first = await send(operation, request, { headers });
      expectSuccess(operation, first);
      keep?.(first.body as { id: string });
      if (!operation.mutating) continue;
      const replay = await send(operation, request, { headers });
      expect(replay.status, `${key} replayed`).toBe(first.status);
      expect(replay.body).toEqual(first.body);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      // The same key with another body (or, for a call without one, another journey) is refused.
      const changed: Example = takesJson(operation)
        ? { ...request, json: { ...(request.json as object), changed: true } }
        : takesBody(operation)
          ? { ...request, csv: `${request.csv}c-changed,\n` }
          : { ...request, params: { ...request.params, journeyId: 'another-journey' } };
      const reused = await send(operation, changed, { headers });
      expectProblem(operation, reused, 409);
    }
  });

  it('answers every error status each operation declares, as problem details naming the field', async () => {
    for (const operation of OPERATIONS) {
      const example = SUCCESSES.find(([key]) => key === operation.key)![1]();
      for (const status of operation.errors) await PROVOKE[status]!(operation, example);
    }
  });

  it('answers a version conflict on a stale baseVersion with 409 naming baseVersion', async () => {
    const create = OPERATIONS.find((operation) => operation.key === 'post /api/v1/journeys')!;
    const { body } = await send(create, { json: { journeyFile: journeyFile() } });
    const journeyId = (body as { id: string }).id;
    await send(
      OPERATIONS.find((operation) => operation.key === 'put /api/v1/journeys/{journeyId}/start')!,
      {
        params: { journeyId },
      },
    );
    const publish = OPERATIONS.find((operation) => operation.key === 'post /api/v1/journeys/{journeyId}/versions')!;
    const example = { params: { journeyId }, json: { baseVersion: 1, journeyFile: journeyFile() } };
    expectSuccess(publish, await send(publish, example));
    const stale = expectProblem(publish, await send(publish, example), 409);
    expect(stale.errors.map((issue) => issue.path)).toEqual(['baseVersion']);
  });

  it('was answered with every status the document declares, for every operation', () => {
    const declared = OPERATIONS.flatMap((operation) =>
      [operation.success, ...operation.errors].map((status) => `${operation.key} ${status}`),
    );
    expect(declared.filter((entry) => !answered.has(entry))).toEqual([]);
  });
});
