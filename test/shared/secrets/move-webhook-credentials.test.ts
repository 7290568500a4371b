import { describe, expect, it } from 'vitest';
import type { WebhookConfig } from '../../../shared/model/nodes/webhook';
import { moveWebhookConfigCredentials, type SecretSink } from '../../../shared/secrets/move-webhook-credentials';
import { createLiquid } from '../../../shared/templates/liquid';

function memorySink() {
  const stored = new Map<string, string>();
  const sink: SecretSink = (value, suggested) => {
    for (const [name, held] of stored) if (held === value) return name;
    stored.set(suggested, value);
    return suggested;
  };
  return { stored, sink };
}

const liquid = createLiquid();
/** What a call would send: every text rendered with the stored secrets. */
function rendered(config: WebhookConfig, secrets: Map<string, string>) {
  const data = { secrets: Object.fromEntries(secrets), customer: { customerId: 'c-1' } };
  const render = (text: string) => liquid.parseAndRenderSync(text, data) as string;
  return {
    url: render(config.url),
    headers: config.headers.map((header) => [header.name, render(header.value)]),
    body: render(config.bodyTemplate),
  };
}

const WITH_CREDENTIALS: WebhookConfig = {
  method: 'POST',
  url: 'https://bot:p%40ss@hooks.slack.com/services/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?page=2&code=4f9a8b7c6d5e&api_key=k_778899#access_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl',
  headers: [
    { name: 'Authorization', value: 'Bearer 9xQ2mL7rT4vW8yZ1' },
    { name: 'X-Hub-Signature', value: 'sha256=0123456789abcdef0123456789abcdef0123456789abcdef' },
    { name: 'X-Note', value: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc' },
    { name: 'Accept', value: 'application/json' },
    { name: 'X-Session', value: '{{ customer.sessionToken }}' },
    { name: 'X-Api-Key', value: '{{ secrets.already_stored }}' },
  ],
  bodyTemplate:
    '{"client_secret":"s3cr3t-value","customer":"{{ customer.customerId }}","note":"ghp_16C7e42F292c6912E7710c838347Ae178B4a"}',
};

describe('moving webhook credentials into the secret store', () => {
  it('replaces each written-out credential with a reference, and the call renders exactly as before', () => {
    const { stored, sink } = memorySink();
    stored.set('already_stored', 'kept-as-it-is');
    const { config, moved } = moveWebhookConfigCredentials(WITH_CREDENTIALS, 'hook-1', sink);
    expect(moved).toBe(10);
    expect(config.headers).toEqual([
      { name: 'Authorization', value: '{{ secrets.webhook_hook_1_1 }}' },
      { name: 'X-Hub-Signature', value: '{{ secrets.webhook_hook_1_2 }}' },
      { name: 'X-Note', value: '{{ secrets.webhook_hook_1_3 }}' },
      { name: 'Accept', value: 'application/json' },
      { name: 'X-Session', value: '{{ customer.sessionToken }}' },
      { name: 'X-Api-Key', value: '{{ secrets.already_stored }}' },
    ]);
    expect(config.url).toBe(
      'https://{{ secrets.webhook_hook_1_4 }}@hooks.slack.com/services/T0A1B2C3D/B0E4F5G6H/{{ secrets.webhook_hook_1_5 }}?page=2&code={{ secrets.webhook_hook_1_6 }}&api_key={{ secrets.webhook_hook_1_7 }}#access_token={{ secrets.webhook_hook_1_8 }}',
    );
    expect(config.bodyTemplate).toBe(
      '{"client_secret":"{{ secrets.webhook_hook_1_9 }}","customer":"{{ customer.customerId }}","note":"{{ secrets.webhook_hook_1_10 }}"}',
    );
    expect(rendered(config, stored)).toEqual(rendered(WITH_CREDENTIALS, stored));
    const text = JSON.stringify(config);
    for (const value of [
      '9xQ2mL7rT4vW8yZ1',
      'p%40ss',
      'Xy7Kq2Lm9Np4Rs8Tv1Wz3Ab5',
      '4f9a8b7c6d5e',
      'k_778899',
      's3cr3t-value',
    ])
      expect(text).not.toContain(value);
  });

  it('leaves a webhook without credentials as the same object', () => {
    const clean: WebhookConfig = {
      method: 'GET',
      url: 'https://api.example.com/v2/orders/{{ event.orderId }}?page=2',
      headers: [{ name: 'Authorization', value: 'Bearer {{ secrets.crm }}' }],
      bodyTemplate: '',
    };
    const { sink } = memorySink();
    const result = moveWebhookConfigCredentials(clean, 'hook', sink);
    expect(result.moved).toBe(0);
    expect(result.config).toBe(clean);
  });
});
