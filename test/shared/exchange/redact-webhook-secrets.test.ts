import { describe, expect, it } from 'vitest';
import { isSecretHeaderName, isSecretQueryName, redactWebhookSecrets } from '../../../shared/exchange/index';
import { createEmptyJourney, createNode, type Journey, type WebhookConfig } from '../../../shared/model/index';

function withWebhook(config: Partial<WebhookConfig>, label = 'Notify CRM'): Journey {
  const webhook = createNode('webhook', { id: 'hook', position: { x: 0, y: 0 }, label });
  const journey = createEmptyJourney({ id: 'j', name: 'Hooks', now: '2025-01-01T00:00:00.000Z' });
  return { ...journey, nodes: [{ ...webhook, config: { ...webhook.config, ...config } }] };
}

function redactedConfig(journey: Journey): WebhookConfig {
  const node = redactWebhookSecrets(journey).journey.nodes[0]!;
  if (node.kind !== 'webhook') throw new Error('not a webhook');
  return node.config;
}

describe('secret names', () => {
  it.each([
    'Authorization',
    'cookie',
    'X-API-KEY',
    'api-key',
    'Token',
    'X-Secret',
    'password',
    'Proxy-Authenticate',
    'X-Access-Token',
    'Set-Cookie',
  ])('treats the header %s as secret', (name) => expect(isSecretHeaderName(name)).toBe(true));

  it.each(['Content-Type', 'Accept', 'X-Request-Id', 'User-Agent'])('leaves the header %s alone', (name) =>
    expect(isSecretHeaderName(name)).toBe(false),
  );

  it.each(['token', 'key', 'api_key', 'apikey', 'secret', 'signature', 'password', 'sig', 'access_token'])(
    'treats the query parameter %s as secret',
    (name) => expect(isSecretQueryName(name)).toBe(true),
  );

  it.each(['page', 'source', 'utm_campaign', 'id'])('leaves the query parameter %s alone', (name) =>
    expect(isSecretQueryName(name)).toBe(false),
  );
});

describe('redactWebhookSecrets', () => {
  it('empties secret header values, case-insensitively, and names header and step', () => {
    const journey = withWebhook({
      headers: [
        { name: 'authorization', value: 'Basic dTpw' },
        { name: 'Accept', value: 'application/json' },
        { name: 'X-Auth-Token', value: '{{ secrets.crm }}' },
        { name: 'Cookie', value: '' },
      ],
    });
    const { warnings } = redactWebhookSecrets(journey);
    expect(redactedConfig(journey).headers).toEqual([
      { name: 'authorization', value: '' },
      { name: 'Accept', value: 'application/json' },
      { name: 'X-Auth-Token', value: '' },
      { name: 'Cookie', value: '' },
    ]);
    expect(warnings).toEqual([
      'Header "authorization" of step "Notify CRM" was left empty: secrets are not exported.',
      'Header "X-Auth-Token" of step "Notify CRM" was left empty: secrets are not exported.',
    ]);
  });

  it('strips user name and password from the URL and empties secret query parameters, keeping Liquid and the rest as written', () => {
    const journey = withWebhook({
      url: 'https://bot:p%40ss@hooks.example.com/{{ event.shop }}/in?token=t0k&page=2&Key=x#frag',
    });
    expect(redactedConfig(journey).url).toBe('https://hooks.example.com/{{ event.shop }}/in?token=&page=2&Key=#frag');
    expect(redactWebhookSecrets(journey).warnings).toEqual([
      'The user name and password in the URL of step "Notify CRM" were removed: secrets are not exported.',
      'Query parameter "token" in the URL of step "Notify CRM" was left empty: secrets are not exported.',
      'Query parameter "Key" in the URL of step "Notify CRM" was left empty: secrets are not exported.',
    ]);
  });

  it('changes nothing and warns about nothing when there is no secret', () => {
    const journey = withWebhook({
      url: 'https://hooks.example.com/in?page=2&flag',
      headers: [{ name: 'Accept', value: '*/*' }],
    });
    expect(redactWebhookSecrets(journey)).toEqual({ journey, warnings: [] });
  });

  it('names an unlabelled step as everything else names it: by its kind', () => {
    const journey = withWebhook({ headers: [{ name: 'Authorization', value: 'x' }] }, '');
    expect(redactWebhookSecrets(journey).warnings).toEqual([
      'Header "Authorization" of step "Webhook" was left empty: secrets are not exported.',
    ]);
  });
});
