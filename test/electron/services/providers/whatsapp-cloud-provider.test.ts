import { afterEach, describe, expect, it } from 'vitest';
import { WhatsAppCloudConfigSchema, type WhatsAppCloudConfig } from '../../../../shared/providers/whatsapp-cloud';
import { WHATSAPP_CLOUD_IMPLEMENTATION } from '../../../../electron/services/providers/whatsapp-cloud/whatsapp-cloud-provider';
import {
  whatsAppDeliveryReports,
  whatsAppSignatureMatches,
} from '../../../../electron/services/providers/whatsapp-cloud/whatsapp-status';
import { createHmac } from 'node:crypto';
import { startLoopbackApi, type LoopbackApi, type LoopbackHandler } from './support/loopback-api';
import { outgoing, providerDeps } from './support/provider-fixtures';

const TOKEN = 'EAAG-access-token';

let api: LoopbackApi | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

async function whatsApp(handler: LoopbackHandler, overrides: Partial<WhatsAppCloudConfig> = {}) {
  api = await startLoopbackApi(handler);
  const config = WhatsAppCloudConfigSchema.parse({
    baseUrl: api.url,
    phoneNumberId: '106540352242922',
    accessToken: TOKEN,
    ...overrides,
  });
  return { api, config };
}

const accepted = (id: string): ReturnType<LoopbackHandler> => ({
  status: 200,
  body: {
    messaging_product: 'whatsapp',
    contacts: [{ input: '34600111222', wa_id: '34600111222' }],
    messages: [{ id }],
  },
});

const shipped = {
  templateName: 'order_shipped_v2',
  language: 'es',
  headerText: 'Pedido',
  body: 'Hola {{1}}, tu pedido {{2}} está en camino ({{10}})',
  footer: '',
  buttons: [],
  // Numbered as the template numbers them: 10 comes after 2.
  parameters: { '10': 'mañana', '1': 'Zoë', '2': 'A-1001' },
  preview: 'Hola Zoë, tu pedido A-1001 está en camino (mañana)',
};

describe('WhatsApp Cloud API', () => {
  it('posts a template message with name, language and numbered body parameters, bearer token and the key', async () => {
    const { api, config } = await whatsApp(() => accepted('wamid.HBgL'), { appSecret: 'app-secret' });
    const provider = WHATSAPP_CLOUD_IMPLEMENTATION.create(config, providerDeps());
    const result = await provider.send(outgoing('whatsapp', '+34 600 111 222', shipped), '7:msg:send:1');
    expect(result).toEqual({
      status: 'accepted',
      providerMessageId: 'wamid.HBgL',
      delivered: false,
      reportsDelivery: true,
    });
    const [request] = api.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/v21.0/106540352242922/messages');
    expect(request!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['idempotency-key']).toBe('7:msg:send:1');
    expect(JSON.parse(request!.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '34600111222',
      type: 'template',
      template: {
        name: 'order_shipped_v2',
        language: { code: 'es' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Zoë' },
              { type: 'text', text: 'A-1001' },
              { type: 'text', text: 'mañana' },
            ],
          },
        ],
      },
      biz_opaque_callback_data: '7:msg:send:1',
    });
  });

  it('leaves out components for a template without parameters, and promises no report without an app secret', async () => {
    const { api, config } = await whatsApp(() => accepted('wamid.2'));
    const provider = WHATSAPP_CLOUD_IMPLEMENTATION.create(config, providerDeps());
    const result = await provider.send(outgoing('whatsapp', '34600111222', { ...shipped, parameters: {} }), 'k');
    expect(result).toMatchObject({ status: 'accepted', reportsDelivery: false });
    expect(JSON.parse(api.requests[0]!.body).template).toEqual({ name: 'order_shipped_v2', language: { code: 'es' } });
  });

  it('maps Graph errors: rate limits are temporary even as 400, a bad template is permanent, in WhatsApp’s words', async () => {
    const answers: ReturnType<LoopbackHandler>[] = [
      {
        status: 400,
        body: {
          error: { message: '(#131056) (Business Account, Consumer Account) pair rate limit hit', code: 131056 },
        },
      },
      {
        status: 404,
        body: {
          error: {
            message: '(#132001) Template name does not exist in the translation',
            code: 132001,
            error_data: { details: 'template name (order_shipped_v3) does not exist in es' },
          },
        },
      },
      { status: 503, headers: { 'Retry-After': '30' }, body: { error: { message: 'Service unavailable', code: 2 } } },
    ];
    const { config } = await whatsApp(() => answers.shift()!);
    const provider = WHATSAPP_CLOUD_IMPLEMENTATION.create(config, providerDeps());
    const message = outgoing('whatsapp', '34600111222', shipped);
    expect(await provider.send(message, 'a')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'WhatsApp answered 400: (#131056) (Business Account, Consumer Account) pair rate limit hit',
    });
    expect(await provider.send(message, 'b')).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason:
        'WhatsApp answered 404: (#132001) Template name does not exist in the translation template name (order_shipped_v3) does not exist in es',
    });
    expect(await provider.send(message, 'c')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'WhatsApp answered 503: Service unavailable (#2)',
      retryAfterMs: 30_000,
    });
  });

  it('tests the connection by reading the phone number', async () => {
    const { api, config } = await whatsApp((request) =>
      request.headers.authorization === `Bearer ${TOKEN}`
        ? { status: 200, body: { verified_name: 'Shop', display_phone_number: '+34 600 000 000', id: '1' } }
        : { status: 401, body: { error: { message: 'Invalid OAuth access token.', code: 190 } } },
    );
    expect(await WHATSAPP_CLOUD_IMPLEMENTATION.testConnection(config, providerDeps())).toEqual({
      ok: true,
      detail: 'Connected to Shop (+34 600 000 000)',
    });
    expect(api.requests[0]).toMatchObject({
      method: 'GET',
      url: '/v21.0/106540352242922?fields=display_phone_number,verified_name',
    });
    expect(await WHATSAPP_CLOUD_IMPLEMENTATION.testConnection({ ...config, accessToken: 'x' }, providerDeps())).toEqual(
      {
        ok: false,
        error: 'WhatsApp answered 401: Invalid OAuth access token. (#190)',
      },
    );
  });

  it('names the field at fault', () => {
    const result = WhatsAppCloudConfigSchema.safeParse({ phoneNumberId: '+34600', accessToken: '', apiVersion: '21' });
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['apiVersion', 'Enter a Graph API version such as v21.0'],
      ['phoneNumberId', 'Enter the phone number id (digits) from the WhatsApp Manager, not the phone number'],
      ['accessToken', 'Enter the access token'],
    ]);
  });
});

describe('WhatsApp status webhooks', () => {
  const notification = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { phone_number_id: '106540352242922' },
              statuses: [
                { id: 'wamid.1', status: 'sent', timestamp: '1767614400', biz_opaque_callback_data: 'k1' },
                { id: 'wamid.1', status: 'delivered', timestamp: '1767614401', biz_opaque_callback_data: 'k1' },
                { id: 'wamid.2', status: 'read', timestamp: '1767614402', biz_opaque_callback_data: 'k2' },
                {
                  id: 'wamid.3',
                  status: 'failed',
                  timestamp: '1767614403',
                  biz_opaque_callback_data: 'k3',
                  errors: [
                    { code: 131026, title: 'Message undeliverable', error_data: { details: 'not on WhatsApp' } },
                  ],
                },
                { id: 'wamid.4', status: 'delivered', timestamp: '1767614404' },
              ],
            },
          },
        ],
      },
    ],
  };

  it('read delivered, read and failed statuses of messages this app sent', () => {
    expect(whatsAppDeliveryReports(notification)).toEqual([
      { idempotencyKey: 'k1', providerMessageId: 'wamid.1', at: 1767614401000, status: 'delivered' },
      { idempotencyKey: 'k2', providerMessageId: 'wamid.2', at: 1767614402000, status: 'delivered' },
      {
        idempotencyKey: 'k3',
        providerMessageId: 'wamid.3',
        at: 1767614403000,
        status: 'failed',
        reason: 'WhatsApp: Message undeliverable not on WhatsApp (#131026)',
      },
    ]);
    expect(whatsAppDeliveryReports({ entry: 'nonsense' })).toEqual([]);
  });

  it('check X-Hub-Signature-256 over the raw body', () => {
    const raw = Buffer.from(JSON.stringify(notification));
    const header = `sha256=${createHmac('sha256', 'app-secret').update(raw).digest('hex')}`;
    expect(whatsAppSignatureMatches('app-secret', raw, header)).toBe(true);
    expect(whatsAppSignatureMatches('other-secret', raw, header)).toBe(false);
    expect(whatsAppSignatureMatches('app-secret', Buffer.concat([raw, Buffer.from(' ')]), header)).toBe(false);
    expect(whatsAppSignatureMatches('app-secret', raw, undefined)).toBe(false);
  });
});
