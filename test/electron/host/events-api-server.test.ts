import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, createClient } from '../../../shared/contract/index';
import { desktopEventsApi } from '../../../electron/host/events-api-server';
import { startCore, type AppCore } from '../../../electron/services/app-services';
import { inProcessTransport } from '../../support/in-process-transport';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const cores: AppCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.stop();
});

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Whether anything accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function eventually(check: () => Promise<boolean>) {
  for (let tries = 0; tries < 200; tries++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not met in time');
}

async function desktopCore(errors: unknown[] = []) {
  const core = startCore({ dataDir: tempDir(), host: 'electron', appVersion: 'test' });
  cores.push(core);
  await core.background.add(desktopEventsApi(core, (error) => errors.push(error)));
  return { core, client: createClient(contract, inProcessTransport(core)) };
}

describe('desktop events API', () => {
  it('is off by default and follows the port setting: on, moved, off', async () => {
    const { core, client } = await desktopCore();
    expect(core.background.running()).toContain('desktop events API');
    const { key } = await client.eventsApi.regenerateKey();
    const port = await freePort();
    expect(await listening(port)).toBe(false);

    await client.eventsApi.setDesktopPort({ port });
    await eventually(() => listening(port));
    const post = (at: number, path = '/api/v1/events') =>
      fetch(`http://127.0.0.1:${at}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        body: JSON.stringify({ customerId: 'c-1', name: 'desktop.event' }),
      });
    expect((await post(port)).status).toBe(202);
    expect((await post(port, '/api/call/journeys/list')).status).toBe(404);

    const moved = await freePort();
    await client.eventsApi.setDesktopPort({ port: moved });
    await eventually(async () => (await listening(moved)) && !(await listening(port)));
    expect((await post(moved)).status).toBe(202);

    await client.eventsApi.setDesktopPort({ port: null });
    await eventually(async () => !(await listening(moved)));
    expect(core.context.store.db.prepare('SELECT count(*) FROM engine_events').pluck().get()).toBe(2);
  });

  it('starts on the stored port and reports a port it cannot open without stopping the app', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const errors: unknown[] = [];
      const { client } = await desktopCore(errors);
      await client.eventsApi.setDesktopPort({ port: taken });
      await eventually(async () => errors.length > 0);
      expect(errors[0]).toMatchObject({ code: 'EADDRINUSE' });
      expect(await client.app.info()).toMatchObject({ host: 'electron' });
    } finally {
      blocker.close();
    }
  });

  it('stops listening when the core stops', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const first = startCore({ dataDir, host: 'electron', appVersion: 'test' });
    await createClient(contract, inProcessTransport(first)).eventsApi.setDesktopPort({ port });
    await first.stop();
    const core = startCore({ dataDir, host: 'electron', appVersion: 'test' });
    await core.background.add(desktopEventsApi(core, () => {}));
    await eventually(() => listening(port));
    await core.stop();
    expect(await listening(port)).toBe(false);
  });
});
