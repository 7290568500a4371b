import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { TwilioConfigSchema } from '../../../shared/providers/twilio';
import { WhatsAppCloudConfigSchema } from '../../../shared/providers/whatsapp-cloud';
import { DELIVERY_REPORT_SECRETS, deliveryReportsDepsOf } from '../../../electron/host/delivery-reports-api';
import { startEventsApiServer, type EventsApiServer } from '../../../electron/host/events-api-server';
import type { ClosableProvider } from '../../../electron/services/providers/provider-implementation';
import type { MessageProvider } from '../../../electron/services/providers/provider';
import { TWILIO_IMPLEMENTATION } from '../../../electron/services/providers/twilio/twilio-provider';
import { WHATSAPP_CLOUD_IMPLEMENTATION } from '../../../electron/services/providers/whatsapp-cloud/whatsapp-cloud-provider';
import { createRealClock } from '../../../electron/services/runtime/real-clock';
import { useTempDir } from '../../support/temp-dir';
import { startLoopbackApi, type LoopbackApi } from '../services/providers/support/loopback-api';
import { START, eventEntry, step, useEngineCores } from '../services/engine/support/engine-harness';

const tempDir = useTempDir('journey-studio-delivery-reports-');
const connect = useEngineCores(tempDir);
const HOUR = 3600_000;
const AUTH_TOKEN = 'twilio-auth-token';
const APP_SECRET = 'meta-app-secret';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/**
 * A core whose `channel` messages go through `create(reportsUrl)` (a real provider against a
 * loopback API), with the events API server taking delivery reports at `reportsUrl`.
 */
async function reportingCore(channel: string, create: (reportsUrl: string) => ClosableProvider) {
  let provider: ClosableProvider | null = null;
  const route = (outbox: MessageProvider): MessageProvider => ({
    name: 'router',
    send: (message, key) => (message.channel === channel ? provider! : outbox).send(message, key),
  });
  const e = connect({ engine: { provider: route } });
  const server: EventsApiServer = await startEventsApiServer(0, {
    apiKeys: e.core.context.apiKeys,
    ingress: e.core.context.eventIngress,
    clock: e.core.clock,
    deliveryReports: deliveryReportsDepsOf(e.core),
  });
  closers.push(() => server.close());
  const reportsUrl = `http://127.0.0.1:${server.port}`;
  provider = create(reportsUrl);
  closers.push(() => provider!.close?.() ?? Promise.resolve());
  return { e, reportsUrl };
}

async function loopback(answer: Parameters<typeof startLoopbackApi>[0]): Promise<LoopbackApi> {
  const api = await startLoopbackApi(answer);
  closers.push(() => api.close());
  return api;
}

/** X-Twilio-Signature as Twilio's documentation describes it: the URL, then each sorted name and value. */
function signTwilio(url: string, fields: Record<string, string>, token = AUTH_TOKEN): string {
  const data = Object.keys(fields)
    .sort()
    .reduce((text, name) => text + name + fields[name], url);
  return createHmac('sha1', token).update(data).digest('base64');
}

function postTwilio(url: string, fields: Record<string, string>, signature = signTwilio(url, fields)) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
    body: new URLSearchParams(fields),
  });
}

async function journeyWithWindow(e: ReturnType<typeof connect>, channel: 'sms' | 'whatsapp', templateId: string) {
  const inapp = await e.template('inapp', { title: 'Order', body: 'It ships', imageUrl: '', buttons: [] });
  return e.launch([
    eventEntry('go', 'msg'),
    step(
      'msg',
      'message',
      {
        channel,
        templateId,
        fallbacks: [{ channel: 'inapp', templateId: inapp.id }],
        deliveryWindow: { amount: 2, unit: 'hours' },
      },
      { next: 'exit' },
    ),
    step('exit', 'exit'),
  ]);
}

function fallbackReasons(e: ReturnType<typeof connect>) {
  const contactOf = new Map(e.runs().map((run) => [run.id, run.contact_id]));
  return e.db
    .prepare("SELECT run_id, detail FROM engine_step_log WHERE decision = 'fallback' ORDER BY id")
    .all()
    .map((row) => {
      const { run_id, detail } = row as { run_id: number; detail: string };
      return [contactOf.get(run_id), (JSON.parse(detail) as { reason: string }).reason];
    });
}

describe('Twilio status callbacks on the local API', () => {
  it('mark messages delivered or failed, once, only when signed with the auth token; silence falls back', async () => {
    let sids = 0;
    const gateway = await loopback(() => ({ status: 201, body: { sid: `SM${(sids += 1)}`, status: 'queued' } }));
    const { e } = await reportingCore('sms', (reportsUrl) =>
      TWILIO_IMPLEMENTATION.create(
        TwilioConfigSchema.parse({
          baseUrl: gateway.url,
          accountSid: 'AC1',
          authToken: AUTH_TOKEN,
          from: '+14155550100',
        }),
        { clock: createRealClock(), newId: () => 'id', fetch: globalThis.fetch, deliveryReportBaseUrl: reportsUrl },
      ),
    );
    e.core.context.secrets.set(DELIVERY_REPORT_SECRETS.twilioAuthToken, AUTH_TOKEN);
    const sms = await e.smsTemplate('Your order ships');
    const journey = await journeyWithWindow(e, 'sms', sms.id);
    const phones = { ok: '+34600000001', bounced: '+34600000002', silent: '+34600000003' };
    for (const [id, phone] of Object.entries(phones)) await e.contact({ customerId: id, phone });
    for (const id of Object.keys(phones)) await e.send(id, 'go');
    const callbackOf = (phone: string) =>
      new URLSearchParams(gateway.requests.find((r) => r.body.includes(encodeURIComponent(phone)))!.body).get(
        'StatusCallback',
      )!;
    const ok = callbackOf(phones.ok);
    const bounced = callbackOf(phones.bounced);
    const silent = callbackOf(phones.silent);
    expect(ok).toMatch(/\/api\/v1\/delivery-reports\/twilio\?key=/);

    await e.advanceTo(START + HOUR / 2);
    expect((await postTwilio(ok, { MessageSid: 'SM1', MessageStatus: 'sent' })).status).toBe(204);
    expect((await postTwilio(ok, { MessageSid: 'SM1', MessageStatus: 'delivered' })).status).toBe(204);
    expect((await postTwilio(ok, { MessageSid: 'SM1', MessageStatus: 'delivered' })).status).toBe(204);
    const failed = { MessageSid: 'SM2', MessageStatus: 'undelivered', ErrorCode: '30003', ErrorMessage: 'Unreachable' };
    expect((await postTwilio(bounced, failed)).status).toBe(204);
    // Forged: signed with another token, or for another message's URL.
    const forged = await postTwilio(
      silent,
      { MessageStatus: 'delivered' },
      signTwilio(silent, { MessageStatus: 'delivered' }, 'guess'),
    );
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({
      detail: 'X-Twilio-Signature does not match this request and the auth token.',
    });
    const moved = await postTwilio(
      silent,
      { MessageStatus: 'delivered' },
      signTwilio(ok, { MessageStatus: 'delivered' }),
    );
    expect(moved.status).toBe(403);
    await e.idle();
    await e.advanceTo(START + 3 * HOUR);

    expect(fallbackReasons(e)).toEqual([
      ['bounced', 'delivery failed: Twilio: undelivered, error 30003, Unreachable'],
      ['silent', 'not delivered within 2 hours'],
    ]);
    const inapp = e
      .outbox()
      .filter((row) => row.channel === 'inapp')
      .map((row) => row.contact_id);
    expect(inapp.sort()).toEqual(['bounced', 'silent']);
    expect(e.counters(journey.id)).toMatchObject({ 'msg.delivered': 3, 'exit.exited': 3 });
    const delivered = e.db.prepare("SELECT COUNT(*) FROM engine_events WHERE name = 'message.delivered'").pluck().get();
    expect(delivered).toBe(1);
  });

  it('refuses callbacks while no auth token is set up', async () => {
    const { reportsUrl } = await reportingCore('sms', () => ({
      name: 'unused',
      send: () => Promise.reject(new Error()),
    }));
    const url = `${reportsUrl}/api/v1/delivery-reports/twilio?key=1:msg:send:0`;
    const refused = await postTwilio(url, { MessageStatus: 'delivered' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      detail: 'No Twilio auth token is set up in Settings → Channels → SMS.',
    });
  });
});

describe('Twilio status callbacks through a tunnel', () => {
  it('check the signature against the public URL the tunnel forwarded from', async () => {
    const { e, reportsUrl } = await reportingCore('sms', () => ({
      name: 'unused',
      send: () => Promise.reject(new Error('not sent in this test')),
    }));
    e.core.context.secrets.set(DELIVERY_REPORT_SECRETS.twilioAuthToken, AUTH_TOKEN);
    const path = '/api/v1/delivery-reports/twilio?key=9%3Amsg%3Asend%3A0';
    const fields = { MessageSid: 'SM9', MessageStatus: 'delivered' };
    const send = (signedFor: string) =>
      fetch(reportsUrl + path, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Forwarded-Host': 'reports.example.test',
          'X-Forwarded-Proto': 'https',
          'X-Twilio-Signature': signTwilio(signedFor + path, fields),
        },
        body: new URLSearchParams(fields),
      });
    expect((await send('https://reports.example.test')).status).toBe(204);
    expect((await send('https://elsewhere.example.test')).status).toBe(403);
  });
});

describe('WhatsApp status webhooks on the local API', () => {
  const statusesOf = (statuses: Record<string, unknown>[]) => ({
    object: 'whatsapp_business_account',
    entry: [{ id: 'WABA', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', statuses } }] }],
  });
  const post = (url: string, body: unknown, secret = APP_SECRET) => {
    const raw = JSON.stringify(body);
    return fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Hub-Signature-256': `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`,
      },
      body: raw,
    });
  };

  it('answer the verify challenge, and mark messages delivered or failed from signed statuses', async () => {
    let ids = 0;
    const graph = await loopback(() => ({ status: 200, body: { messages: [{ id: `wamid.${(ids += 1)}` }] } }));
    const { e, reportsUrl } = await reportingCore('whatsapp', () =>
      WHATSAPP_CLOUD_IMPLEMENTATION.create(
        WhatsAppCloudConfigSchema.parse({
          baseUrl: graph.url,
          phoneNumberId: '1065',
          accessToken: 't',
          appSecret: APP_SECRET,
        }),
        { clock: createRealClock(), newId: () => 'id', fetch: globalThis.fetch, deliveryReportBaseUrl: null },
      ),
    );
    e.core.context.secrets.set(DELIVERY_REPORT_SECRETS.whatsAppAppSecret, APP_SECRET);
    e.core.context.secrets.set(DELIVERY_REPORT_SECRETS.whatsAppVerifyToken, 'verify-me');
    const url = `${reportsUrl}/api/v1/delivery-reports/whatsapp`;

    const verified = await fetch(`${url}?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444`);
    expect([verified.status, await verified.text()]).toEqual([200, '1158201444']);
    expect((await fetch(`${url}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`)).status).toBe(403);

    const template = await e.template('whatsapp', {
      templateName: 'order_shipped',
      language: 'en',
      headerText: '',
      body: 'Order {{1}} ships',
      footer: '',
      buttons: [],
      parameters: { '1': 'customer.customerId' },
    });
    await journeyWithWindow(e, 'whatsapp', template.id);
    await e.contact({ customerId: 'read', phone: '+34600000001' });
    await e.contact({ customerId: 'failed', phone: '+34600000002' });
    await e.send('read', 'go');
    await e.send('failed', 'go');
    const keyOf = (phone: string) =>
      (JSON.parse(graph.requests.find((r) => r.body.includes(phone))!.body) as { biz_opaque_callback_data: string })
        .biz_opaque_callback_data;

    const forged = await post(
      url,
      statusesOf([{ id: 'x', status: 'delivered', biz_opaque_callback_data: keyOf('34600000002') }]),
      'guess',
    );
    expect(forged.status).toBe(403);
    const notification = statusesOf([
      {
        id: 'wamid.1',
        status: 'read',
        timestamp: String(START / 1000 + 60),
        biz_opaque_callback_data: keyOf('34600000001'),
      },
      {
        id: 'wamid.2',
        status: 'failed',
        timestamp: String(START / 1000 + 60),
        biz_opaque_callback_data: keyOf('34600000002'),
        errors: [{ code: 131026, title: 'Message undeliverable' }],
      },
    ]);
    expect((await post(url, notification)).status).toBe(200);
    expect((await post(url, notification)).status).toBe(200);
    await e.idle();

    expect(e.runs().map((run) => [run.contact_id, run.status])).toEqual([
      ['read', 'ended'],
      ['failed', 'ended'],
    ]);
    expect(fallbackReasons(e)).toEqual([['failed', 'delivery failed: WhatsApp: Message undeliverable (#131026)']]);
    expect(e.clock.now()).toBe(START);
  });
});
