import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Serving } from '../../../../electron/cli/serve';
import { createClientKeys } from '../../../../electron/services/journey-api/client-keys';
import { ApiError, type Publication, type PublishOutcome } from '../../../../shared/contract/index';
import type { Journey } from '../../../../shared/model/index';
import { startFaultyProxy, type FaultyProxy } from '../../../support/faulty-proxy';
import { useServing } from '../../../support/serving';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';

const tempDir = useTempDir();
const serve = useServing(tempDir);
const proxies: FaultyProxy[] = [];
afterEach(async () => {
  for (const proxy of proxies.splice(0)) await proxy.close();
});

const journeyFile = fs.readFileSync(path.join(__dirname, '../../../fixtures/exchange/v1-welcome.journey.json'), 'utf8');

/** A call through the app's own contract, as the page makes it; a refusal is thrown as the ApiError. */
async function call<T>(serving: Serving, service: string, method: string, input: unknown = {}): Promise<T> {
  const envelope = await serving.core.dispatcher.dispatch(service, method, input);
  if (!envelope.ok) throw ApiError.fromPayload(envelope.error);
  return envelope.value as T;
}

/** The designer's app and a backend: a journey activated on the first, a client key made on the second. */
async function designerAndBackend() {
  const designer = await serve();
  const backend = await serve();
  const { context } = backend.core;
  const key = createClientKeys(context.store.db, context.now, context.newId).create('Designer desk');
  const imported = await call<{ journey: Journey; revision: number }>(designer, 'exchange', 'import', {
    content: journeyFile,
  });
  const journeyId = imported.journey.id;
  await call(designer, 'journeys', 'activate', { id: journeyId, expectedRevision: imported.revision });
  return { designer, backend, key, journeyId };
}

/** Journeys on the backend that came through its journey API. */
const publishedOn = (backend: Serving) =>
  backend.core.context.store.db.prepare('SELECT journey_id FROM api_published_journeys').pluck().all() as string[];

/** A new local version: the live one edited as a draft (a label changed) and activated. */
async function makeNextVersion(designer: Serving, journeyId: string) {
  const draft = await call<{ journey: Journey; revision: number }>(designer, 'journeys', 'startDraft', {
    id: journeyId,
  });
  const journey = { ...draft.journey, name: `${draft.journey.name}` };
  journey.nodes = journey.nodes.map((node) => (node.id === 'done' ? { ...node, label: 'All done' } : node));
  const saved = await call<{ revision: number }>(designer, 'journeys', 'save', {
    journey,
    expectedRevision: draft.revision,
  });
  return call<{ version: number }>(designer, 'journeys', 'activate', {
    id: journeyId,
    expectedRevision: saved.revision,
  });
}

describe('publishing to a delivery backend (two serve instances on loopback)', () => {
  it('configures the backend, publishes, starts, reads the state, publishes version 2 and stops', async () => {
    const { designer, backend, key, journeyId } = await designerAndBackend();
    const saved = await call<{ id: string; keyHint: string; warnings: string[] }>(designer, 'backends', 'save', {
      name: 'Team server',
      baseUrl: backend.host.url,
      apiKey: key.key,
      tlsVerify: true,
      timeoutSeconds: 10,
    });
    expect(saved).toMatchObject({ keyHint: key.key.slice(-4), warnings: [] });
    const check = await call(designer, 'backends', 'testConnection', {
      id: saved.id,
      name: 'Team server',
      baseUrl: backend.host.url,
      apiKey: '',
    });
    expect(check).toEqual({
      ok: true,
      serverVersion: backend.core.context.appVersion,
      detail: `Connected: Journey Studio ${backend.core.context.appVersion}, journey API v1, as “Designer desk” (key ${key.hint}).`,
    });

    const first = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: saved.id });
    expect(first.record).toMatchObject({
      result: 'published',
      version: 1,
      backendName: 'Team server',
      remoteVersion: 1,
    });
    expect(first.record.keyHint).toBe(key.key.slice(-4));
    expect(first.publication?.state).toMatchObject({
      status: 'draft',
      activeVersion: null,
      publishedFromElsewhere: true,
    });
    const remoteId = first.publication!.remoteJourneyId;
    expect(publishedOn(backend)).toEqual([remoteId]);

    const started = await call<Publication>(designer, 'publisher', 'start', { journeyId, backendId: saved.id });
    expect(started.state).toMatchObject({ status: 'active', activeVersion: 1 });
    expect(started.localVersionRunning).toBe(1);
    const [seen] = await call<Publication[]>(designer, 'publisher', 'publications', { journeyId });
    expect(seen).toMatchObject({
      backendName: 'Team server',
      state: { status: 'active', activeVersion: 1 },
      error: null,
    });

    // A second local version published makes version 2 there, on top of version 1.
    expect((await makeNextVersion(designer, journeyId)).version).toBe(2);
    const second = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: saved.id });
    expect(second.record).toMatchObject({
      result: 'published',
      version: 2,
      remoteVersion: 2,
      remoteJourneyId: remoteId,
    });
    expect(second.publication).toMatchObject({ localVersionRunning: 2, state: { activeVersion: 2, status: 'active' } });
    const there = backend.core.context.store.versions.find(remoteId, 2)!;
    expect(there.journey.nodes.find((node) => node.id === 'done')?.label).toBe('All done');
    expect(publishedOn(backend)).toEqual([remoteId]);

    const stopped = await call<Publication>(designer, 'publisher', 'stop', { journeyId, backendId: saved.id });
    expect(stopped.state).toMatchObject({ status: 'stopped', activeVersion: 2 });
    expect(backend.core.context.store.journeys.find(remoteId)?.journey.status).toBe('stopped');

    // The backend's refusal reaches the page word for word.
    const restart = await call(designer, 'publisher', 'start', { journeyId, backendId: saved.id }).catch(
      (error: unknown) => error,
    );
    expect(restart).toBeInstanceOf(ApiError);
    expect(restart).toMatchObject({
      code: 'CONFLICT',
      message: 'The journey is stopped; a stopped journey does not start again. Create a new journey from its version.',
    });

    // A stopped journey there takes no new version: the next publish makes a new journey there.
    const anew = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: saved.id });
    expect(anew.record).toMatchObject({ result: 'published', version: 2, remoteVersion: 1 });
    expect(anew.advice).toBe(
      'The journey on Team server was stopped, and a stopped journey takes no new version: version 2 went there as a new journey, which Start runs.',
    );
    expect(anew.publication?.remoteJourneyId).not.toBe(remoteId);
    expect(publishedOn(backend)).toHaveLength(2);

    const history = await call<PublishOutcome['record'][]>(designer, 'publisher', 'history', { journeyId });
    expect(history.map((record) => [record.version, record.result, record.remoteVersion])).toEqual([
      [2, 'published', 1],
      [2, 'published', 2],
      [1, 'published', 1],
    ]);
  });

  it('runs there: customers put by CSV, a send to a list reaches the backend outbox; version 2 leaves runs in flight on version 1', async () => {
    const { designer, backend, key, journeyId } = await designerAndBackend();
    // Version 2 locally: after its message each contact lingers a day, so runs stay in flight.
    const draft = await call<{ journey: Journey; revision: number }>(designer, 'journeys', 'startDraft', {
      id: journeyId,
    });
    const journey: Journey = {
      ...draft.journey,
      nodes: [
        ...draft.journey.nodes,
        {
          id: 'linger',
          kind: 'delay',
          label: 'Linger a day',
          position: { x: 0, y: 480 },
          config: { mode: 'duration', duration: { amount: 1, unit: 'days' } },
        } as Journey['nodes'][number],
      ],
      edges: [
        ...draft.journey.edges.map((edge) => (edge.target === 'done' ? { ...edge, target: 'linger' } : edge)),
        { id: 'linger-done', source: 'linger', sourceHandle: 'next', target: 'done' },
      ],
    };
    const lingering = await call<{ revision: number }>(designer, 'journeys', 'save', {
      journey,
      expectedRevision: draft.revision,
    });
    await call(designer, 'journeys', 'activate', { id: journeyId, expectedRevision: lingering.revision });
    const { id: backendId } = await call<{ id: string }>(designer, 'backends', 'save', {
      name: 'Team server',
      baseUrl: backend.host.url,
      apiKey: key.key,
    });
    const first = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId });
    const remoteId = first.publication!.remoteJourneyId;
    await call(designer, 'publisher', 'start', { journeyId, backendId });

    const api = (method: string, route: string, body?: string, type = 'application/json') =>
      fetch(`${backend.host.url.replace(/\/$/, '')}/api/v1/${route}`, {
        method,
        headers: {
          Authorization: `Bearer ${key.key}`,
          'Idempotency-Key': `${method} ${route}`,
          ...(body === undefined ? {} : { 'Content-Type': type }),
        },
        body,
      });
    const csv = 'customerId,phone\nc-1,+34600000001\nc-2,+34600000002\nc-3,+34600000003\n';
    expect((await api('PUT', 'customers', csv, 'text/csv')).status).toBe(200);
    const sent = await api('POST', `journeys/${remoteId}/sends/list`, JSON.stringify({ customerIds: ['c-1', 'c-3'] }));
    expect(sent.status).toBe(202);
    const outbox = backend.core.context.store.db.prepare('SELECT contact_id FROM outbox_messages ORDER BY contact_id');
    await until(() => outbox.all().length === 2, 10_000);
    expect(outbox.pluck().all()).toEqual(['c-1', 'c-3']);
    const runs = backend.core.context.store.db.prepare(
      "SELECT version, node_id FROM engine_runs WHERE journey_id = ? AND status != 'ended' ORDER BY contact_id",
    );
    const atLinger = () => (runs.all(remoteId) as { node_id: string }[]).filter((run) => run.node_id === 'linger');
    await until(() => atLinger().length === 2, 10_000);
    expect(runs.all(remoteId)).toEqual([
      { version: 1, node_id: 'linger' },
      { version: 1, node_id: 'linger' },
    ]);

    // Version 2 there: the contacts lingering stay on version 1 where they were.
    expect((await makeNextVersion(designer, journeyId)).version).toBe(3);
    const second = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId });
    expect(second.record).toMatchObject({ result: 'published', remoteVersion: 2, remoteJourneyId: remoteId });
    expect(runs.all(remoteId)).toEqual([
      { version: 1, node_id: 'linger' },
      { version: 1, node_id: 'linger' },
    ]);
    const stopped = await call<Publication>(designer, 'publisher', 'stop', { journeyId, backendId });
    expect(stopped.state).toMatchObject({ status: 'stopped', activeVersion: 2 });
  });

  it('a publish whose answer is lost is retried with the same Idempotency-Key and creates exactly one journey', async () => {
    const { designer, backend, key, journeyId } = await designerAndBackend();
    const proxy = await startFaultyProxy(backend.host.port, 1);
    proxies.push(proxy);
    const { id } = await call<{ id: string }>(designer, 'backends', 'save', {
      name: 'Through a flaky tunnel',
      baseUrl: proxy.url,
      apiKey: key.key,
    });
    const outcome = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: id });
    expect(outcome.record.result).toBe('published');
    // The first connection carried the request to the backend and lost its answer; the retry was answered.
    expect(proxy.connections()).toBe(2);
    const keys = proxy.requests().map((text) => /\r\nIdempotency-Key: ([^\r]+)\r\n/i.exec(text)?.[1]);
    expect(keys.filter(Boolean)).toEqual([outcome.record.idempotencyKey, outcome.record.idempotencyKey]);
    expect(publishedOn(backend)).toHaveLength(1);
    expect(outcome.publication?.remoteJourneyId).toBe(publishedOn(backend)[0]);
  });

  it('explains a version conflict, and the next publish goes on top of what runs there', async () => {
    const { designer, backend, key, journeyId } = await designerAndBackend();
    const { id } = await call<{ id: string }>(designer, 'backends', 'save', {
      name: 'Team server',
      baseUrl: backend.host.url,
      apiKey: key.key,
    });
    const first = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: id });
    await call(designer, 'publisher', 'start', { journeyId, backendId: id });
    const remoteId = first.publication!.remoteJourneyId;
    // Someone else publishes version 2 there in the meantime.
    const other = await fetch(`${backend.host.url}api/v1/journeys/${remoteId}/versions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${key.key}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': 'other-desk',
      },
      body: JSON.stringify({ baseVersion: 1, journeyFile: JSON.parse(journeyFile) }),
    });
    expect(other.status).toBe(201);

    await makeNextVersion(designer, journeyId);
    const refused = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: id });
    expect(refused.record).toMatchObject({ result: 'refused', version: 2 });
    expect(refused.record.detail).toMatch(
      /^Version 2 runs now, not version 1: another version was published in between/,
    );
    expect(refused.advice).toBe(
      'Someone published version 2 to Team server since this app last did. Look at what runs there first; then Publish again to put version 2 of this journey on top of it, or leave it as it is.',
    );
    const again = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: id });
    expect(again.record).toMatchObject({ result: 'published', remoteVersion: 3 });
    expect(backend.core.context.store.journeys.find(remoteId)?.liveVersion).toBe(3);
  });

  it('a refused key is answered once, with the backend detail verbatim and what to check', async () => {
    const { designer, backend, key, journeyId } = await designerAndBackend();
    createClientKeys(backend.core.context.store.db, backend.core.context.now, backend.core.context.newId).revoke(
      key.id,
    );
    const { id } = await call<{ id: string }>(designer, 'backends', 'save', {
      name: 'Team server',
      baseUrl: backend.host.url,
      apiKey: key.key,
    });
    expect(
      await call(designer, 'backends', 'testConnection', { id, name: 'Team server', baseUrl: backend.host.url }),
    ).toEqual({ ok: false, status: 401, error: 'The API key has been revoked.' });
    const outcome = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: id });
    expect(outcome.record).toMatchObject({ result: 'refused', detail: 'The API key has been revoked.' });
    expect(outcome.advice).toMatch(/Check the API key of Team server in Settings → Backends/);
    expect(outcome.publication).toBeNull();
  });

  it('a backend that cannot be reached is a failed publish, carried on later under the same key', async () => {
    const { designer, backend, key, journeyId } = await designerAndBackend();
    const proxy = await startFaultyProxy(backend.host.port, 100);
    proxies.push(proxy);
    const { id } = await call<{ id: string }>(designer, 'backends', 'save', {
      name: 'Down',
      baseUrl: proxy.url,
      apiKey: key.key,
    });
    const failed = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: id });
    expect(failed.record.result).toBe('failed');
    expect(failed.record.detail).toMatch(/The connection to 127\.0\.0\.1:\d+ was cut before the answer arrived/);
    expect(failed.advice).toMatch(/after 4 attempts\. Publish again when it can be reached: the same Idempotency-Key/);
    expect(proxy.connections()).toBe(4);
    // Each attempt reached the backend, which carried it out once.
    expect(publishedOn(backend)).toHaveLength(1);

    await call(designer, 'backends', 'save', { id, name: 'Down', baseUrl: backend.host.url, apiKey: key.key });
    const later = await call<PublishOutcome>(designer, 'publisher', 'publish', { journeyId, backendId: id });
    expect(later.record).toMatchObject({ result: 'published', idempotencyKey: failed.record.idempotencyKey });
    expect(publishedOn(backend)).toEqual([later.publication!.remoteJourneyId]);
  });
});
