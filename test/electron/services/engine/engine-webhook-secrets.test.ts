import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { START, step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-webhook-secrets-');
const connect = useEngineCores(tempDir);
const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

interface Received {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A loopback receiver that keeps each request and echoes it back, as some debugging endpoints do. */
async function echoServer() {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ url: request.url ?? '', headers: request.headers, body });
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ url: request.url, headers: request.headers, body }));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, received };
}

const SECRETS = {
  crm_token: 'tok_9fK2mQ7xL4pR8vN1',
  hook_user: 'hookuser',
  hook_password: 'pw-Z8y7X6w5V4',
  query_key: 'qk_3Jd8Fh2Kd9Sl',
  body_key: 'bk_7Hs2Ld9Qw1Xe',
};

function hookJourney(url: string, headers: { name: string; value: string }[], bodyTemplate: string) {
  return [
    eventEntry('go', 'hook'),
    step(
      'hook',
      'webhook',
      { method: 'POST', url, headers, bodyTemplate, retries: 2 },
      { success: 'ok', failure: 'bad' },
    ),
    step('ok', 'exit'),
    step('bad', 'exit'),
  ];
}

describe('webhook steps with {{ secrets.NAME }}', () => {
  it('sends the secrets’ values in headers, URL credentials, query and body, and logs none of them', async () => {
    const e = connect();
    for (const [name, value] of Object.entries(SECRETS)) await e.client.secrets.set({ name, value });
    const server = await echoServer();
    await e.launch(
      hookJourney(
        `http://{{ secrets.hook_user }}:{{ secrets.hook_password }}@127.0.0.1:${server.port}/hook?key={{ secrets.query_key }}`,
        [{ name: 'Authorization', value: 'Bearer {{ secrets.crm_token }}' }],
        '{"apiKey":"{{ secrets.body_key }}","customer":"{{ customer.customerId }}"}',
      ),
    );
    await e.send('c-1', 'go');
    await e.advanceTo(START + 60_000);

    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request!.headers.authorization).toBe(`Bearer ${SECRETS.crm_token}`);
    expect(request!.url).toBe(`/hook?key=${SECRETS.query_key}`);
    expect(JSON.parse(request!.body)).toEqual({ apiKey: SECRETS.body_key, customer: 'c-1' });
    expect(e.runs()).toMatchObject([{ node_id: 'ok', status: 'ended' }]);

    const logged = JSON.stringify(e.stepLog());
    expect(logged).toContain('[secret crm_token]');
    for (const value of Object.values(SECRETS)) expect(logged).not.toContain(value);
  });

  it('sends a URL’s user name and password as Basic authentication when the step sets no Authorization', async () => {
    const e = connect();
    await e.client.secrets.set({ name: 'hook_password', value: SECRETS.hook_password });
    const server = await echoServer();
    await e.launch(hookJourney(`http://hookuser:{{ secrets.hook_password }}@127.0.0.1:${server.port}/hook`, [], '{}'));
    await e.send('c-1', 'go');
    await e.advanceTo(START + 60_000);
    expect(server.received[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from(`hookuser:${SECRETS.hook_password}`).toString('base64')}`,
    );
    expect(JSON.stringify(e.stepLog())).not.toContain(SECRETS.hook_password);
  });

  it('takes the failure output at once, without calling, when a secret it names was deleted', async () => {
    const e = connect();
    await e.client.secrets.set({ name: 'crm_token', value: SECRETS.crm_token });
    const server = await echoServer();
    await e.launch(
      hookJourney(
        `http://127.0.0.1:${server.port}/hook`,
        [{ name: 'X-Api-Key', value: '{{ secrets.crm_token }}' }],
        '{}',
      ),
    );
    await e.client.secrets.delete({ name: 'crm_token' });
    await e.send('c-1', 'go');
    await e.advanceTo(START + 3600_000);
    expect(server.received).toEqual([]);
    expect(e.runs()).toMatchObject([{ node_id: 'bad', status: 'ended' }]);
    expect(e.stepLog().find((row) => row.decision === 'webhook failed')?.detail).toMatchObject({
      status: null,
      error: 'The secret "crm_token" is not set: add it under Settings → Secrets.',
      why: 'not worth retrying',
    });
  });
});
