import { describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_IN_PROGRESS_TYPE,
  JourneyStateSchema,
  PutCustomersResultSchema,
  ServerInfoSchema,
} from '../../../shared/api-v1/journeys';
import { expectProblem, useJourneyApiServer } from './support/journey-api-server';

const { serve, journeyFile } = useJourneyApiServer();

describe('journey API on serve', () => {
  it('creates a journey from a .journey.json version, marked as published from elsewhere, and answers its state', async () => {
    const { call } = await serve();
    const created = await call('POST', 'journeys', { journeyFile: journeyFile() });
    expect(created.status).toBe(201);
    const state = JourneyStateSchema.parse(created.body);
    expect(state).toMatchObject({
      status: 'draft',
      activeVersion: null,
      publishedFromElsewhere: true,
      counts: { entered: 0, inFlight: 0, converted: 0 },
    });
    const read = await call('GET', `journeys/${state.id}`);
    expect(read.status).toBe(200);
    expect(JourneyStateSchema.parse(read.body)).toEqual({ ...state, warnings: [] });
    expectProblem(await call('GET', 'journeys/no-such-journey'), 404);
  });

  it('starts the journey as version 1 and stops it; a stopped or unstarted journey refuses with 409', async () => {
    const { call } = await serve();
    const { body: created } = await call('POST', 'journeys', { journeyFile: journeyFile() });
    expect(expectProblem(await call('PUT', `journeys/${created.id}/stop`), 409).detail).toMatch(/draft/);
    const started = await call('PUT', `journeys/${created.id}/start`);
    expect(started.status).toBe(200);
    expect(JourneyStateSchema.parse(started.body)).toMatchObject({ status: 'active', activeVersion: 1 });
    const stopped = await call('PUT', `journeys/${created.id}/stop`);
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ status: 'stopped', activeVersion: 1 });
    expect(expectProblem(await call('PUT', `journeys/${created.id}/start`), 409).detail).toMatch(/stopped/);
    expectProblem(await call('PUT', 'journeys/no-such-journey/start'), 404);
    expectProblem(await call('PUT', 'journeys/no-such-journey/stop'), 404);
  });

  it('publishes a new version on top of the one that runs; a stale baseVersion is a 409 naming it', async () => {
    const { serving, call } = await serve();
    const { body: created } = await call('POST', 'journeys', { journeyFile: journeyFile() });
    expect(
      expectProblem(
        await call('POST', `journeys/${created.id}/versions`, { baseVersion: 1, journeyFile: journeyFile() }),
        409,
      ).detail,
    ).toMatch(/draft/);
    await call('PUT', `journeys/${created.id}/start`);
    const file = journeyFile();
    (file.journey as { description: string }).description = 'Second version';
    const published = await call('POST', `journeys/${created.id}/versions`, { baseVersion: 1, journeyFile: file });
    expect(published.status).toBe(201);
    expect(JourneyStateSchema.parse(published.body)).toMatchObject({ status: 'active', activeVersion: 2 });
    const { store } = serving.core.context;
    expect(store.versions.find(created.id, 2)?.journey.description).toBe('Second version');
    expect(store.versions.find(created.id, 1)?.journey.description).not.toBe('Second version');
    const stale = expectProblem(
      await call('POST', `journeys/${created.id}/versions`, { baseVersion: 1, journeyFile: journeyFile() }),
      409,
    );
    expect(stale.errors).toEqual([{ path: 'baseVersion', message: 'Version 2 runs now' }]);
    const missing = expectProblem(
      await call('POST', `journeys/${created.id}/versions`, { journeyFile: journeyFile() }),
      422,
    );
    expect(missing.errors.map((issue) => issue.path)).toEqual(['baseVersion']);
    const broken = journeyFile();
    for (const node of (broken.journey as { nodes: { type: string; data: Record<string, unknown> }[] }).nodes)
      if (node.type === 'message') node.data.templateId = null;
    const invalid = expectProblem(
      await call('POST', `journeys/${created.id}/versions`, { baseVersion: 2, journeyFile: broken }),
      422,
    );
    expect(invalid.errors.length).toBeGreaterThan(0);
    // The refused version left nothing behind: version 2 still runs, with no draft open.
    expect(store.journeys.require(created.id)).toMatchObject({ liveVersion: 2, draftOpen: false });
    expectProblem(
      await call('POST', 'journeys/no-such-journey/versions', { baseVersion: 1, journeyFile: journeyFile() }),
      404,
    );
  });

  it('refuses to start a journey with validation errors with 422 naming them', async () => {
    const { call } = await serve();
    const file = journeyFile();
    const journey = file.journey as { nodes: { type: string; data: Record<string, unknown> }[] };
    // A message step without its template is an error the validator names.
    for (const node of journey.nodes) if (node.type === 'message') node.data.templateId = null;
    const { body: created } = await call('POST', 'journeys', { journeyFile: file });
    const problem = expectProblem(await call('PUT', `journeys/${created.id}/start`), 422);
    expect(problem.errors.length).toBeGreaterThan(0);
    expect((await call('GET', `journeys/${created.id}`)).body.status).not.toBe('active');
  });

  it('upserts customers by their fields in one transaction; a bad value is 422 naming customers[i].field and saves nothing', async () => {
    const { serving, call } = await serve();
    const stored = (id: string) => serving.core.context.store.contacts.find(id);
    const refused = await call('PUT', 'customers', {
      customers: [
        { customerId: 'c-1', email: 'ada@example.com' },
        { customerId: 'c-2', email: 'not an email' },
      ],
    });
    const problem = expectProblem(refused, 422);
    expect(problem.errors.map((issue) => issue.path)).toContain('customers[1].email');
    expect(stored('c-1')).toBeUndefined();
    const put = await call('PUT', 'customers', {
      customers: [
        { customerId: 'c-1', email: 'ada@example.com' },
        { customerId: 'c-2', email: 'bob@example.com' },
      ],
    });
    expect(put.status).toBe(200);
    expect(PutCustomersResultSchema.parse(put.body)).toEqual({ upserted: 2 });
    expect(stored('c-2')?.email).toBe('bob@example.com');
    const shape = expectProblem(await call('PUT', 'customers', { customers: [{ email: 'x@example.com' }] }), 422);
    expect(shape.errors.map((issue) => issue.path)).toEqual(['customers[0].customerId']);
  });

  it('upserts customers from a CSV with a customerId column, naming a refused value by its row', async () => {
    const { serving, call } = await serve();
    const csv = { 'Content-Type': 'text/csv; charset=utf-8' };
    const stored = (id: string) => serving.core.context.store.contacts.find(id);
    const refused = expectProblem(
      await call('PUT', 'customers', 'customerId,email\nc-1,ada@example.com\nc-2,not an email\n', csv),
      422,
    );
    expect(refused.errors.map((issue) => issue.path)).toContain('customers[1].email');
    expect(stored('c-1')).toBeUndefined();
    const put = await call('PUT', 'customers', '\uFEFFcustomerId,email\r\nc-1,ada@example.com\r\nc-2,\r\n', csv);
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ upserted: 2 });
    expect(stored('c-1')?.email).toBe('ada@example.com');
    expect(stored('c-2')).toBeDefined();
    const noId = expectProblem(await call('PUT', 'customers', 'email\nada@example.com\n', csv), 422);
    expect(noId.errors).toEqual([{ path: 'customerId', message: 'No customerId column in the header row' }]);
  });

  it('answers a replayed Idempotency-Key with the first result, and refuses the key for another request with 409', async () => {
    const { serving, call } = await serve();
    const headers = { 'Idempotency-Key': 'create-welcome' };
    const first = await call('POST', 'journeys', { journeyFile: journeyFile() }, headers);
    const replay = await call('POST', 'journeys', { journeyFile: journeyFile() }, headers);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(serving.core.context.store.journeys.names()).toHaveLength(1);
    const file = journeyFile();
    (file.journey as { name: string }).name = 'Another journey';
    expectProblem(await call('POST', 'journeys', { journeyFile: file }, headers), 409);
    const reused = expectProblem(await call('PUT', 'customers', { customers: [{ customerId: 'c-9' }] }, headers), 409);
    expect(reused.errors).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);

    // A refusal is the first result too: the replay answers it again, even once the state would allow the call.
    const stopKey = { 'Idempotency-Key': 'stop-early' };
    expectProblem(await call('PUT', `journeys/${first.body.id}/stop`, undefined, stopKey), 409);
    await call('PUT', `journeys/${first.body.id}/start`);
    const stopReplay = await call('PUT', `journeys/${first.body.id}/stop`, undefined, stopKey);
    expect(stopReplay.status).toBe(409);
    expect(stopReplay.headers.get('idempotent-replayed')).toBe('true');
    expect((await call('GET', `journeys/${first.body.id}`)).body.status).toBe('active');

    const started = await call('PUT', `journeys/${first.body.id}/stop`, undefined, { 'Idempotency-Key': 'stop-now' });
    const again = await call('PUT', `journeys/${first.body.id}/stop`, undefined, { 'Idempotency-Key': 'stop-now' });
    expect(again.body).toEqual(started.body);
  });

  it('answers a call whose key is still being answered with the in-progress problem and Retry-After, then the result', async () => {
    const { serving, call } = await serve();
    // The first request is held inside its import (the real one, run once the gate opens) while the second comes in.
    const { dispatcher } = serving.core;
    const dispatch = dispatcher.dispatch.bind(dispatcher);
    let importing!: () => void;
    const imported = new Promise<void>((resolve) => (importing = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    dispatcher.dispatch = (async (...args: Parameters<typeof dispatch>) => {
      if (args[0] === 'exchange' && args[1] === 'import') {
        importing();
        await gate;
      }
      return dispatch(...args);
    }) as typeof dispatcher.dispatch;
    const headers = { 'Idempotency-Key': 'create-at-once' };
    const first = call('POST', 'journeys', { journeyFile: journeyFile() }, headers);
    await imported;
    const busy = await call('POST', 'journeys', { journeyFile: journeyFile() }, headers);
    release();
    const done = await first;
    expect(done.status).toBe(201);
    const problem = expectProblem(busy, 409);
    expect(problem.type).toBe(IDEMPOTENCY_IN_PROGRESS_TYPE);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(problem.errors).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
    // Sent again once the first is answered, it gets the first result: the journey was made once.
    const again = await call('POST', 'journeys', { journeyFile: journeyFile() }, headers);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(done.body);
    expect(serving.core.context.store.journeys.names()).toHaveLength(1);
  });

  it('requires an Idempotency-Key on every mutating call, naming the header', async () => {
    const { call } = await serve();
    const missing = { 'Idempotency-Key': undefined };
    for (const [method, route, body] of [
      ['POST', 'journeys', { journeyFile: journeyFile() }],
      ['PUT', 'journeys/any/start', undefined],
      ['PUT', 'journeys/any/stop', undefined],
      ['PUT', 'customers', { customers: [{ customerId: 'c-1' }] }],
      ['POST', 'journeys/any/versions', { baseVersion: 1, journeyFile: journeyFile() }],
    ] as const) {
      const problem = expectProblem(await call(method, route, body, missing), 422);
      expect(problem.errors).toEqual([{ path: 'Idempotency-Key', message: expect.stringMatching(/Idempotency-Key/) }]);
    }
  });

  it('names the field of a bad journey file, and refuses a body that is not JSON or too large', async () => {
    const { call } = await serve();
    const noFile = expectProblem(await call('POST', 'journeys', {}), 422);
    expect(noFile.errors.map((issue) => issue.path)).toEqual(['journeyFile']);
    const file = journeyFile();
    (file.journey as { nodes: unknown }).nodes = 'none';
    const bad = expectProblem(await call('POST', 'journeys', { journeyFile: file }), 422);
    expect(bad.errors.some((issue) => issue.path.startsWith('journeyFile.journey.nodes'))).toBe(true);
    const extra = expectProblem(await call('POST', 'journeys', { journeyFile: journeyFile(), extra: 1 }), 422);
    expect(extra.errors.map((issue) => issue.path)).toEqual(['extra']);
    expectProblem(await call('POST', 'journeys', '{"journeyFile": ', {}), 422);
    expectProblem(await call('POST', 'journeys', 'name=x', { 'Content-Type': 'text/plain' }), 415);
    expectProblem(await call('PUT', 'customers', 'x', { 'Content-Type': 'text/plain' }), 415);
    expectProblem(await call('POST', 'journeys/x/versions', 'x', { 'Content-Type': 'text/plain' }), 415);
    expectProblem(
      await call('POST', 'journeys/x/versions', JSON.stringify({ journeyFile: { pad: 'x'.repeat(17e6) } })),
      413,
    );
    const huge = JSON.stringify({ customers: [{ customerId: 'c', note: 'x'.repeat(16 * 1024 * 1024) }] });
    expectProblem(await call('PUT', 'customers', huge), 413);
    expectProblem(await call('POST', 'journeys', JSON.stringify({ journeyFile: { pad: 'x'.repeat(17e6) } })), 413);
  });

  it("answers the server's version and the caller's key by name and last four characters", async () => {
    const { call, client, serving } = await serve();
    const answer = await call('GET', 'server');
    expect(answer.status).toBe(200);
    expect(ServerInfoSchema.parse(answer.body)).toEqual({
      product: 'Journey Studio',
      version: serving.core.context.appVersion,
      api: 'v1',
      client: { name: client.name, keyHint: client.hint },
    });
    expect(client.hint).toMatch(/….{4}$/);
    expectProblem(await call('GET', 'server', undefined, { Authorization: 'Bearer jsc_unknown' }), 401);
    const eventsKey = serving.core.context.apiKeys.regenerate().key;
    expectProblem(await call('GET', 'server', undefined, { Authorization: `Bearer ${eventsKey}` }), 403);
  });

  it('refuses a missing, unknown or revoked key with 401 and the events API key with 403', async () => {
    const { serving, clients, client, call } = await serve();
    const noKey = expectProblem(await call('GET', 'journeys/x', undefined, { Authorization: undefined }), 401);
    expect(noKey.detail).toMatch(/api-key create/);
    expectProblem(await call('GET', 'journeys/x', undefined, { Authorization: 'Bearer jsc_wrong' }), 401);
    const eventsKey = serving.core.context.apiKeys.regenerate().key;
    for (const [method, route] of [
      ['GET', 'journeys/x'],
      ['POST', 'journeys'],
      ['PUT', 'journeys/x/start'],
      ['PUT', 'journeys/x/stop'],
      ['POST', 'journeys/x/versions'],
      ['PUT', 'customers'],
    ] as const) {
      const body = method === 'GET' ? undefined : {};
      expectProblem(await call(method, route, body, { Authorization: `Bearer ${eventsKey}` }), 403);
      expectProblem(await call(method, route, body, { Authorization: 'Bearer jsc_unknown' }), 401);
    }
    clients.revoke(client.id);
    expect(expectProblem(await call('GET', 'journeys/x'), 401).detail).toMatch(/revoked/);
  });

  it('answers 404 for an unknown endpoint and 405 with Allow for a wrong method', async () => {
    const { call } = await serve();
    expectProblem(await call('GET', 'journeys/x/y/z'), 404);
    const wrong = await call('DELETE', 'customers');
    expectProblem(wrong, 405);
    expect(wrong.headers.get('allow')).toBe('PUT');
  });
});
