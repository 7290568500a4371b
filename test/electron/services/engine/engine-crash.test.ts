import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as esbuild from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore } from '../../../../electron/services/app-services';
import { contract, createClient } from '../../../../shared/contract/index';
import { inProcessTransport } from '../../../support/in-process-transport';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';
import { putSmsContacts, seededStep } from '../../../support/engine-seed';

const tempDir = useTempDir('journey-studio-engine-crash-');
const root = path.resolve(__dirname, '../../../..');
const children: ChildProcess[] = [];
const servers: http.Server[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const CONTACTS = 150;

async function prepare(dataDir: string, hookUrl: string): Promise<void> {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  const client = createClient(contract, inProcessTransport(core));
  await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
  const sms = await client.templates.create({
    channel: 'sms',
    name: 'Hello',
    content: { body: 'Hi {{ customer.customerId }}', senderId: 'SHOP' },
  });
  putSmsContacts(core.context.store, CONTACTS, 4);
  const created = await client.journeys.create({ name: 'Crash' });

  const nodes = [
    seededStep('entry', 'entry', { audience: { type: 'all' } }),
    seededStep('m1', 'message', { channel: 'sms', templateId: sms.id }),
    seededStep('hook', 'webhook', {
      method: 'POST',
      url: `${hookUrl}/{{ customer.customerId }}`,
      headers: [],
      bodyTemplate: '{}',
    }),
    seededStep('m2', 'message', { channel: 'sms', templateId: sms.id }),
    seededStep('exit', 'exit'),
  ];
  const link = (source: string, sourceHandle: string, target: string) => ({
    id: `${source}-${sourceHandle}`,
    source,
    sourceHandle,
    target,
  });
  const edges = [
    link('entry', 'next', 'm1'),
    link('m1', 'next', 'hook'),
    link('hook', 'success', 'm2'),
    link('hook', 'failure', 'm2'),
    link('m2', 'next', 'exit'),
  ];
  const saved = await client.journeys.save({
    journey: { ...created.journey, nodes, edges },
    expectedRevision: created.revision,
  });
  await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
  await core.stop();
}

describe('crash safety', () => {
  it(
    'an engine killed with SIGKILL mid-run and restarted sends every message exactly once',
    { timeout: 60_000 },
    async () => {
      const dataDir = tempDir();
      const hookKeys: string[] = [];
      const server = http.createServer((request, response) => {
        hookKeys.push(String(request.headers['idempotency-key']));
        request.resume();
        request.on('end', () => response.end('ok'));
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await prepare(dataDir, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);

      const bundle = path.join(tempDir(), 'engine-child.cjs');
      await esbuild.build({
        entryPoints: [path.join(__dirname, 'support/engine-child.ts')],
        outfile: bundle,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        external: ['better-sqlite3', 'electron', 'mjml'],
        define: { __APP_VERSION__: '"test"' },
        logLevel: 'warning',
      });
      const db = new Database(path.join(dataDir, 'journey-studio.sqlite'), { readonly: true });
      const ended = () => db.prepare("SELECT count(*) FROM engine_runs WHERE status = 'ended'").pluck().get() as number;
      const startChild = async () => {
        const child = spawn(process.execPath, [bundle, dataDir], {
          env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        children.push(child);
        await new Promise<void>((resolve, reject) => {
          child.stdout!.once('data', () => resolve());
          child.once('exit', (code) => reject(new Error(`the engine process exited early (${code})`)));
        });
        return child;
      };

      const endedAtKill: number[] = [];
      for (let cycle = 0; cycle < 4; cycle += 1) {
        const child = await startChild();
        const before = ended();
        // Kill once it has made some progress (or after a while), at a different point each cycle.
        await until(() => ended() > before + 5 + cycle * 7 || ended() === CONTACTS, 20_000).catch(() => undefined);
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
        endedAtKill.push(ended());
      }
      const last = await startChild();
      await until(() => ended() === CONTACTS, 40_000);
      last.kill('SIGKILL');

      const perKey = db.prepare('SELECT idempotency_key, count(*) AS n FROM outbox_messages GROUP BY 1').all() as {
        n: number;
      }[];
      expect(perKey).toHaveLength(2 * CONTACTS);
      expect(perKey.every((row) => row.n === 1)).toBe(true);
      expect(db.prepare("SELECT count(*) FROM engine_runs WHERE outcome = 'exited'").pluck().get()).toBe(CONTACTS);
      expect(new Set(hookKeys).size).toBe(CONTACTS);
      expect(db.prepare('SELECT count(*) FROM engine_wakeups').pluck().get()).toBe(0);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // The kills landed mid-run, not after the work was done.
      expect(endedAtKill.filter((n) => n > 0 && n < CONTACTS).length).toBeGreaterThanOrEqual(3);
      db.close();
    },
  );
});
