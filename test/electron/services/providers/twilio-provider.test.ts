import { afterEach, describe, expect, it } from 'vitest';
import { TwilioConfigSchema, type TwilioConfig } from '../../../../shared/providers/twilio';
import { TWILIO_IMPLEMENTATION } from '../../../../electron/services/providers/twilio/twilio-provider';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import { startLoopbackApi, type LoopbackApi, type LoopbackHandler } from './support/loopback-api';
import { outgoing, providerDeps } from './support/provider-fixtures';

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'twilio-auth-token-123';

let api: LoopbackApi | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

async function twilio(handler: LoopbackHandler, overrides: Partial<TwilioConfig> = {}) {
  api = await startLoopbackApi(handler);
  const config = TwilioConfigSchema.parse({
    baseUrl: api.url,
    accountSid: SID,
    authToken: TOKEN,
    from: '+14155550100',
    ...overrides,
  });
  return { api, config };
}

const created = (sid = 'SM0001'): ReturnType<LoopbackHandler> => ({ status: 201, body: { sid, status: 'queued' } });

describe('Twilio SMS', () => {
  it('posts the Messages API form with basic auth, the idempotency key and a status callback at the local API', async () => {
    const { api, config } = await twilio(() => created('SM42'));
    const provider = TWILIO_IMPLEMENTATION.create(
      config,
      providerDeps({ deliveryReportBaseUrl: 'http://127.0.0.1:7777/' }),
    );
    const result = await provider.send(
      outgoing('sms', '+34600111222', { body: 'Hola Zoë, tu pedido 😀' }),
      '7:msg:send:0',
    );

    expect(result).toEqual({ status: 'accepted', providerMessageId: 'SM42', delivered: false, reportsDelivery: true });
    expect(api.requests).toHaveLength(1);
    const [request] = api.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(request!.headers.authorization).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request!.headers['idempotency-key']).toBe('7:msg:send:0');
    expect(Object.fromEntries(new URLSearchParams(request!.body))).toEqual({
      To: '+34600111222',
      From: '+14155550100',
      // UCS-2 text (the emoji) arrives as it was counted, with no character replacement.
      Body: 'Hola Zoë, tu pedido 😀',
      SmartEncoded: 'false',
      StatusCallback: 'http://127.0.0.1:7777/api/v1/delivery-reports/twilio?key=7%3Amsg%3Asend%3A0',
    });
    await provider.close?.();
  });

  it('sends from a messaging service when there is no from number, and promises no report without a local API', async () => {
    const { api, config } = await twilio(() => created(), { from: '', messagingServiceSid: 'MG0011' });
    const provider = TWILIO_IMPLEMENTATION.create(config, providerDeps());
    const result = await provider.send(outgoing('sms', '+34600111222', { body: 'Hi' }), 'k1');
    expect(result).toMatchObject({ status: 'accepted', reportsDelivery: false });
    expect(Object.fromEntries(new URLSearchParams(api.requests[0]!.body))).toEqual({
      To: '+34600111222',
      MessagingServiceSid: 'MG0011',
      Body: 'Hi',
      SmartEncoded: 'false',
    });
  });

  it('keeps Twilio’s own message: a bad number is permanent, 429 is temporary with its Retry-After, 5xx temporary', async () => {
    const answers: ReturnType<LoopbackHandler>[] = [
      { status: 400, body: { code: 21211, message: "The 'To' number +1 is not a valid phone number.", status: 400 } },
      {
        status: 429,
        headers: { 'Retry-After': '7' },
        body: { code: 20429, message: 'Too Many Requests', status: 429 },
      },
      { status: 503, body: 'upstream down' },
    ];
    const { config } = await twilio(() => answers.shift()!);
    const provider = TWILIO_IMPLEMENTATION.create(config, providerDeps());
    const message = outgoing('sms', '+1', { body: 'Hi' });
    expect(await provider.send(message, 'a')).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason: "Twilio answered 400: The 'To' number +1 is not a valid phone number. (error 21211)",
    });
    expect(await provider.send(message, 'b')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'Twilio answered 429: Too Many Requests (error 20429)',
      retryAfterMs: 7000,
    });
    expect(await provider.send(message, 'c')).toMatchObject({ status: 'rejected', kind: 'temporary' });
  });

  it('calls once per idempotency key: a replay gets the first answer; a temporary refusal is tried again', async () => {
    const answers: ReturnType<LoopbackHandler>[] = [{ status: 500, body: { message: 'busy' } }, created('SM1')];
    const { api, config } = await twilio(() => answers.shift() ?? created('SM-other'));
    const provider = TWILIO_IMPLEMENTATION.create(config, providerDeps());
    const message = outgoing('sms', '+34600111222', { body: 'Hi' });
    expect(await provider.send(message, 'k')).toMatchObject({ status: 'rejected', kind: 'temporary' });
    const [first, racing] = await Promise.all([provider.send(message, 'k'), provider.send(message, 'k')]);
    expect(first).toMatchObject({ status: 'accepted', providerMessageId: 'SM1' });
    expect(racing).toEqual(first);
    expect(await provider.send(message, 'k')).toEqual(first);
    expect(api.requests.map((request) => request.headers['idempotency-key'])).toEqual(['k', 'k']);
  });

  it('answers a call that outlasts the timeout as a temporary refusal', async () => {
    const { config } = await twilio(() => ({ ...created(), delayMs: 3000 }), { timeoutSeconds: 1 });
    const provider = TWILIO_IMPLEMENTATION.create(config, providerDeps());
    expect(await provider.send(outgoing('sms', '+34600111222', { body: 'Hi' }), 'k')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'Twilio did not answer within 1 s',
    });
  });

  it('refuses a text above 10 segments before calling, naming the counter’s encoding', async () => {
    const { api, config } = await twilio(() => created());
    const provider = TWILIO_IMPLEMENTATION.create(config, providerDeps());
    const result = await provider.send(outgoing('sms', '+34600111222', { body: 'ü'.repeat(700) + '😀' }), 'k');
    expect(result).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason: 'Twilio takes at most 10 segments; this UCS-2 text has 11',
    });
    expect(api.requests).toEqual([]);
  });

  it('paces sends to the configured rate on the provider clock', async () => {
    const clock = createVirtualClock(Date.UTC(2026, 0, 5));
    const { api, config } = await twilio(() => created(), { ratePerSecond: 2 });
    const provider = TWILIO_IMPLEMENTATION.create(config, providerDeps({ clock }));
    const message = outgoing('sms', '+34600111222', { body: 'Hi' });
    const sends = ['a', 'b', 'c'].map((key) => provider.send(message, key));
    await sends[0];
    // The other two wait on the clock's timers, which only move when the test moves the clock.
    expect(api.requests).toHaveLength(1);
    expect(clock.pendingCount()).toBe(2);
    clock.advance(500);
    await sends[1];
    expect(api.requests).toHaveLength(2);
    clock.advance(500);
    await sends[2];
    expect(api.requests.map((request) => request.headers['idempotency-key'])).toEqual(['a', 'b', 'c']);
  });

  it('tests the connection by reading the account, and shows Twilio’s error for a wrong token', async () => {
    const { api, config } = await twilio((request) =>
      request.headers.authorization === `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`
        ? { status: 200, body: { friendly_name: 'Shop', status: 'active' } }
        : { status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } },
    );
    expect(await TWILIO_IMPLEMENTATION.testConnection(config, providerDeps())).toEqual({
      ok: true,
      detail: 'Connected to the account "Shop" (active)',
    });
    expect(api.requests[0]).toMatchObject({ method: 'GET', url: `/2010-04-01/Accounts/${SID}.json` });
    expect(await TWILIO_IMPLEMENTATION.testConnection({ ...config, authToken: 'wrong' }, providerDeps())).toEqual({
      ok: false,
      error: 'Twilio answered 401: Authenticate (error 20003)',
    });
  });
});

describe('Twilio settings', () => {
  it('name the field at fault', () => {
    const result = TwilioConfigSchema.safeParse({ accountSid: 'AC 1', authToken: '', baseUrl: 'ftp://x' });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['accountSid', 'The account SID holds letters and digits only'],
        ['authToken', 'Enter the auth token'],
        ['baseUrl', 'Enter an http:// or https:// address without ? or #'],
      ]),
    );
    const noSender = TwilioConfigSchema.safeParse({ accountSid: 'AC1', authToken: 't' });
    expect(noSender.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['from', 'Enter a from number or a messaging service SID'],
    ]);
  });
});
