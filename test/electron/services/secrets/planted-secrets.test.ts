import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHost } from '../../../../electron/host/server';
import { createNode, type Journey, type JourneyNode } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';
import { useCores } from '../support/connect';

const tempDir = useTempDir('journey-studio-planted-secrets-');
const connect = useCores(tempDir);
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  vi.restoreAllMocks();
});

/** Eleven kinds of secret, each a value that must never be found anywhere once it is in the app. */
const PLANTED = {
  smtpPassword: 'smtp-pw-Q7v2Lx9Kc4Rt',
  providerToken: 'twilio-tok-8Hd3Mz6Wq1Pn',
  authorization: 'Bearer auth-9xQ2mL7rT4vW8yZ1',
  hubSignature: 'sha256=0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978',
  urlPassword: 'urlpass-Z8y7X6w5V4',
  fragmentToken: 'frag-tok-Ab12Cd34Ef56Gh78',
  oauthCode: 'oauth-code-5Jk6Lm7Np8Qr',
  slackPathToken: 'Xy7Kq2Lm9Np4Rs8Tv1Wz3Ab5',
  bodySecret: 'body-secret-3Fg4Hj5Kl6Mn',
  eventsApiKey: '', // made by the app: only it knows the key
  settingsSecret: 'settings-secret-2Bc3Dd4Ef5Gg',
};

/** Every file of the data folder (the database, its -wal and -shm, the key files, backups) that holds `value`. */
function filesHolding(dataDir: string, value: string): string[] {
  return fs
    .readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => fs.readFileSync(file).includes(value));
}

/** A receiver on 127.0.0.1 that answers with everything it was sent, as a debugging endpoint would. */
async function echoServer() {
  const received: { url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ url: request.url ?? '', headers: request.headers, body });
      response.end(JSON.stringify(received.at(-1)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { port: (server.address() as AddressInfo).port, received };
}

function journeyWith(journey: Journey, port: number): Journey {
  const hook = createNode('webhook', { id: 'n-hook', position: { x: 300, y: 0 }, label: 'Tell the CRM' });
  const entry = createNode('entry', { id: 'n-entry', position: { x: 0, y: 0 } });
  return {
    ...journey,
    nodes: [
      {
        ...entry,
        config: { ...entry.config, audience: { type: 'customEvent', eventName: 'order.paid', propertyRules: [] } },
      },
      {
        ...hook,
        config: {
          method: 'POST',
          url:
            `http://crmbot:${PLANTED.urlPassword}@127.0.0.1:${port}/services/T0A1B2C3D/B0E4F5G6H/${PLANTED.slackPathToken}` +
            `?code=${PLANTED.oauthCode}&page=2#access_token=${PLANTED.fragmentToken}`,
          headers: [
            { name: 'Authorization', value: PLANTED.authorization },
            { name: 'X-Hub-Signature', value: PLANTED.hubSignature },
            { name: 'X-Settings-Secret', value: '{{ secrets.crm_shared }}' },
          ],
          bodyTemplate: `{"client_secret":"${PLANTED.bodySecret}","customer":"{{ customer.customerId }}"}`,
        },
      } as JourneyNode,
      createNode('exit', { id: 'n-exit', position: { x: 600, y: 0 } }),
    ],
    edges: [
      { id: 'e1', source: 'n-entry', sourceHandle: 'next', target: 'n-hook' },
      { id: 'e2', source: 'n-hook', sourceHandle: 'success', target: 'n-exit' },
      { id: 'e3', source: 'n-hook', sourceHandle: 'failure', target: 'n-exit' },
    ],
  };
}

describe('eleven kinds of secret planted through the real services', () => {
  it('are found nowhere: not in the database, its -wal, any export, any answer or the logs', async () => {
    const dataDir = tempDir();
    const logs: string[] = [];
    const capture = (...parts: unknown[]) => void logs.push(parts.map(String).join(' '));
    vi.spyOn(console, 'error').mockImplementation(capture);
    vi.spyOn(console, 'warn').mockImplementation(capture);
    vi.spyOn(console, 'log').mockImplementation(capture);
    const { client, core } = connect({
      dataDir,
      engine: { watchMs: null },
      onInternalError: (error, where) => logs.push(`${where}: ${(error as Error)?.stack ?? String(error)}`),
    });
    const hook = await echoServer();

    // Provider passwords and tokens, as the channel settings store them.
    core.context.secrets.set('provider.email.password', PLANTED.smtpPassword);
    core.context.secrets.set('provider.sms.authToken', PLANTED.providerToken);
    // A secret typed into Settings → Secrets, used by a webhook header.
    await client.secrets.set({ name: 'crm_shared', value: PLANTED.settingsSecret });
    // The events API key, used for real over HTTP.
    const created = await client.eventsApi.ensureKey();
    const eventsApiKey = (created as { key: string }).key;
    const planted = { ...PLANTED, eventsApiKey };

    // The rest written straight into a webhook step by the user, then activated (a frozen version).
    const draft = await client.journeys.create({ name: 'CRM sync' });
    const saved = await client.journeys.save({
      journey: journeyWith(draft.journey, hook.port),
      expectedRevision: draft.revision,
    });
    await client.journeys.activate({ id: draft.journey.id, expectedRevision: saved.revision });

    const host = await startHost({
      core,
      staticDir: tempDir(),
      port: 0,
      eventsApi: { apiKeys: core.context.apiKeys, ingress: core.context.eventIngress, clock: core.clock },
    });
    closers.push(() => host.close());
    const accepted = await fetch(`${host.url}api/v1/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${eventsApiKey}` },
      body: JSON.stringify({ customerId: 'c-planted', name: 'order.paid' }),
    });
    expect(accepted.status).toBe(202);
    const refused = await fetch(`${host.url}api/v1/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${eventsApiKey}x` },
      body: JSON.stringify({ customerId: 'c-planted', name: 'order.paid' }),
    });
    expect(refused.status).toBe(401);
    await until(() => hook.received.length === 1);
    await core.engine!.idle();

    // The webhook really went out with every credential it was given.
    const [call] = hook.received;
    expect(call!.headers.authorization).toBe(PLANTED.authorization);
    expect(call!.headers['x-hub-signature']).toBe(PLANTED.hubSignature);
    expect(call!.headers['x-settings-secret']).toBe(PLANTED.settingsSecret);
    expect(call!.url).toBe(`/services/T0A1B2C3D/B0E4F5G6H/${PLANTED.slackPathToken}?code=${PLANTED.oauthCode}&page=2`);
    expect(JSON.parse(call!.body)).toMatchObject({ client_secret: PLANTED.bodySecret });

    // Everything the app hands out.
    const id = draft.journey.id;
    const answers = [
      await client.exchange.export({ id }),
      await client.stats.exportCsv({ journeyId: id }),
      await client.stats.exportTimeline({ journeyId: id, contactId: 'c-planted' }),
      await client.journeys.get({ id }),
      await client.journeys.list(),
      await client.versions.get({ journeyId: id, version: 1 }),
      await client.settings.getAll(),
      await client.secrets.list(),
      await client.journeys.validate({ id }),
    ].map((answer) => JSON.stringify(answer));
    expect(answers[2]).toContain('webhook succeeded');

    const found = (dataDirNow: string) =>
      Object.entries(planted).flatMap(([kind, value]) => [
        ...filesHolding(dataDirNow, value).map((file) => `${kind} in ${path.basename(file)}`),
        ...answers
          .filter((answer) => answer.includes(value))
          .map((answer) => `${kind} in an answer: ${answer.slice(0, 80)}`),
        ...logs.filter((line) => line.includes(value)).map(() => `${kind} in the logs`),
      ]);
    // While running (the -wal holds the latest writes), then after a clean stop.
    expect(fs.existsSync(path.join(dataDir, 'journey-studio.sqlite-wal'))).toBe(true);
    expect(found(dataDir)).toEqual([]);
    await core.stop();
    expect(found(dataDir)).toEqual([]);
  }, 30_000);
});
