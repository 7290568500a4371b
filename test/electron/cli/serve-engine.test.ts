import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { engineReadyLine, startServing, type Serving } from '../../../electron/cli/serve';
import { createNode, type Journey, type JourneyNode } from '../../../shared/model/index';
import { useEngineWorker } from '../../support/engine-worker';
import { putSmsContacts } from '../../support/engine-seed';
import { useTempDir } from '../../support/temp-dir';
import { until } from '../../support/until';
import { captureIo, type CapturedIo } from './support/capture-io';

const tempDir = useTempDir('journey-studio-serve-engine-');
const engineWorker = useEngineWorker();

function staticDir(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  return dir;
}

async function serve(dataDir = tempDir(), io: CapturedIo = captureIo()): Promise<Serving> {
  const serving = await startServing(
    { port: 0, dataDir, staticDir: staticDir(), engineWorkerPath: engineWorker() },
    io,
  );
  if (serving === null) throw new Error(io.errText());
  return serving;
}

/** Calls the app's API over HTTP as the page does; resolves with the value or throws the error. */
async function call<T>(serving: Serving, service: string, method: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${serving.host.url}api/call/${service}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${serving.host.token}` },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${service}.${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** Resources (handles, timers) active in `after` beyond those of `before`, by type. */
function newResources(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((type) => {
    const index = left.indexOf(type);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

type StepSpec = [id: string, kind: JourneyNode['kind'], config: Record<string, unknown>, next?: string];

/** Creates, saves and activates a journey through the HTTP API, as the editor's buttons do. */
async function activate(serving: Serving, steps: StepSpec[]): Promise<Journey> {
  const created = await call<{ journey: Journey; revision: number }>(serving, 'journeys', 'create', { name: 'Served' });
  const nodes = steps.map(([id, kind, config], index) => {
    const node = createNode(kind, { id, position: { x: index * 300, y: 0 } });
    return { ...node, config: 'mode' in config ? config : { ...node.config, ...config } } as JourneyNode;
  });
  const edges = steps.flatMap(([id, , , next]) =>
    next ? [{ id: `${id}-next`, source: id, sourceHandle: 'next', target: next }] : [],
  );
  const saved = await call<{ journey: Journey; revision: number }>(serving, 'journeys', 'save', {
    journey: { ...created.journey, nodes, edges },
    expectedRevision: created.revision,
  });
  const activated = await call<{ journey: Journey }>(serving, 'journeys', 'activate', {
    id: saved.journey.id,
    expectedRevision: saved.revision,
  });
  return activated.journey;
}

describe('serve runs the journey engine', () => {
  it('on a worker thread; says so when it holds the data folder, and stands by when another process does', async () => {
    const dataDir = tempDir();
    const firstIo = captureIo();
    const first = await serve(dataDir, firstIo);
    const second = await serve(dataDir);
    try {
      expect(first.core.background.running()).toContain('journey engine');
      expect(first.core.engine!.threadId()).not.toBeNull();
      expect(first.core.engine!.threadId()).not.toBe(threadId);
      expect(engineReadyLine(first.core)).toMatch(/^Journey engine running/);
      expect(engineReadyLine(second.core)).toMatch(/^Journey engine standing by/);
      expect(await call(first, 'sender', 'status')).toEqual({ state: 'sending', nextDueAt: null });
      expect(await call(second, 'sender', 'status')).toEqual({ state: 'standby', nextDueAt: null });
    } finally {
      await second.stop();
      await first.stop();
    }
    expect(firstIo.errText()).toBe('');
  });

  it('says the engine is not running, with the reason, when its worker cannot start', async () => {
    const io = captureIo();
    const serving = await startServing(
      { port: 0, dataDir: tempDir(), staticDir: staticDir(), engineWorkerPath: path.join(tempDir(), 'missing.mjs') },
      io,
    );
    try {
      expect(engineReadyLine(serving!.core)).toMatch(/^Journey engine not running: it could not start/);
      expect(io.errText()).toContain('missing.mjs');
      expect(io.errText()).toContain('The journey engine stopped unexpectedly');
    } finally {
      await serving!.stop();
    }
  });

  it('answers the API at once while the worker enrols a large audience', async () => {
    // Ten enrolment batches of the default 500.
    const CONTACTS = 5000;
    const dataDir = tempDir();
    const serving = await serve(dataDir);
    try {
      putSmsContacts(serving.core.context.store, CONTACTS, 6);
      const runs = serving.core.context.store.db.prepare('SELECT count(*) FROM engine_runs').pluck();
      await activate(serving, [
        ['entry', 'entry', { audience: { type: 'all' } }, 'wait'],
        ['wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'days' } }, 'exit'],
        ['exit', 'exit', {}],
      ]);
      // An engine on this thread enrols without yielding between batches: no call could be answered
      // until it had finished. On the worker, calls are answered while the runs are still being made.
      const answeredDuring: number[] = [];
      const latencies: number[] = [];
      while ((runs.get() as number) < CONTACTS) {
        const started = performance.now();
        await call(serving, 'app', 'info');
        latencies.push(performance.now() - started);
        const made = runs.get() as number;
        if (made > 0 && made < CONTACTS) answeredDuring.push(made);
        // Paced like a person using the page, leaving the second core to the worker.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(answeredDuring.length).toBeGreaterThan(0);
      expect(Math.max(...latencies)).toBeLessThan(1000);
      expect(runs.get()).toBe(CONTACTS);
    } finally {
      await serving.stop();
    }
  }, 60_000);

  it('processes an event posted to the events API on the worker: the message lands in the outbox', async () => {
    const serving = await serve();
    try {
      await call(serving, 'settings', 'set', { key: 'channels.sms.provider', value: 'local' });
      const sms = await call<{ id: string }>(serving, 'templates', 'create', {
        channel: 'sms',
        name: 'Shipped',
        content: { body: 'Your order {{ event.orderId }} is on its way', senderId: 'SHOP' },
      });
      await call(serving, 'contacts', 'save', { contact: { customerId: 'c-1', phone: '+34600000001' } });
      await activate(serving, [
        ['entry', 'entry', { audience: { type: 'customEvent', eventName: 'order.shipped', propertyRules: [] } }, 'msg'],
        ['msg', 'message', { channel: 'sms', templateId: sms.id }, 'exit'],
        ['exit', 'exit', {}],
      ]);
      const { key } = serving.core.context.apiKeys.regenerate();
      const response = await fetch(`${serving.host.url}api/v1/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        body: JSON.stringify({ customerId: 'c-1', name: 'order.shipped', properties: { orderId: 'A-17' } }),
      });
      expect(response.status).toBe(202);
      const outbox = serving.core.context.store.db.prepare('SELECT contact_id, channel, rendered FROM outbox_messages');
      await until(() => outbox.all().length > 0, 10_000);
      const [message] = outbox.all() as { contact_id: string; channel: string; rendered: string }[];
      expect(message).toMatchObject({ contact_id: 'c-1', channel: 'sms' });
      expect(message!.rendered).toContain('Your order A-17 is on its way');
    } finally {
      await serving.stop();
    }
  });

  it('stopping serve ends the worker, releases the lease and leaves no handle behind', async () => {
    const before = process.getActiveResourcesInfo();
    const dataDir = tempDir();
    const serving = await serve(dataDir);
    const { core } = serving;
    expect(core.engine!.threadId()).not.toBeNull();
    await serving.stop();
    expect(core.engine!.threadId()).toBeNull();
    expect(core.engine!.isLeader()).toBe(false);
    expect(newResources(before, process.getActiveResourcesInfo())).toEqual([]);
    // The lease went with the worker: another serve on the folder sends at once, not after it expires.
    const next = await serve(dataDir);
    try {
      expect(next.core.engine!.isLeader()).toBe(true);
    } finally {
      await next.stop();
    }
  });
});
