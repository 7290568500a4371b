import { describe, expect, it } from 'vitest';
import { isSecretHeaderName, isSecretQueryName, redactWebhookSecrets } from '../../../shared/exchange/index';
import { secretValueKind } from '../../../shared/exchange/secret-values';
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
  it('empties secret header values, case-insensitively, and names header and step; keeps references to stored secrets', () => {
    const journey = withWebhook({
      headers: [
        { name: 'authorization', value: 'Basic dTpw' },
        { name: 'Accept', value: 'application/json' },
        { name: 'X-Auth-Token', value: '{{ secrets.crm }}' },
        { name: 'X-Api-Key', value: 'Bearer {{ secrets.crm }}' },
        { name: 'X-Session', value: '{{ customer.sessionToken }}' },
        { name: 'Cookie', value: '' },
      ],
    });
    const { warnings } = redactWebhookSecrets(journey);
    expect(redactedConfig(journey).headers).toEqual([
      { name: 'authorization', value: '' },
      { name: 'Accept', value: 'application/json' },
      { name: 'X-Auth-Token', value: '{{ secrets.crm }}' },
      { name: 'X-Api-Key', value: 'Bearer {{ secrets.crm }}' },
      { name: 'X-Session', value: '' },
      { name: 'Cookie', value: '' },
    ]);
    expect(warnings).toEqual([
      'Header "authorization" of step "Notify CRM" was left empty: secrets are not exported.',
      'Header "X-Session" of step "Notify CRM" was left empty: secrets are not exported.',
    ]);
  });

  it('keeps references to stored secrets in the URL and the body', () => {
    const journey = withWebhook({
      url: 'https://{{ secrets.hook_login }}@hooks.example.com/in?token={{ secrets.crm }}#access_token={{ secrets.crm }}',
      bodyTemplate: '{"apiKey":"{{ secrets.body_key }}","client_secret":"s3cr3t-value"}',
    });
    const { warnings } = redactWebhookSecrets(journey);
    expect(redactedConfig(journey).url).toBe(
      'https://{{ secrets.hook_login }}@hooks.example.com/in?token={{ secrets.crm }}#access_token={{ secrets.crm }}',
    );
    expect(redactedConfig(journey).bodyTemplate).toBe('{"apiKey":"{{ secrets.body_key }}","client_secret":""}');
    expect(warnings).toEqual([
      'Field "client_secret" in the body of step "Notify CRM" was left empty: secrets are not exported.',
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

describe('secrets recognised by their shape', () => {
  it.each([
    ['a bearer credential', 'Bearer 9xQ2mL7rT4vW'],
    ['a JSON Web Token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk'],
    ['a Stripe-style key', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'],
    ['a Slack token', 'xoxb-123456789012-abcdefghijkl'],
    ['a GitHub token', 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'],
    ['an AWS access key', 'AKIAIOSFODNN7EXAMPLE'],
    ['a random token', 'Zk3pQ9xV2mN7bR4tY8wL1cF6'],
  ])('finds %s', (_kind, value) => expect(secretValueKind(value)).toBeDefined());

  it.each([
    'application/json',
    'order-confirmation-v2-endpoint',
    'hooks.example.com',
    'Basic authentication is not used here',
    '{{ secrets.crm_token_for_the_production_account_2024 }}',
    '2025-01-01T00:00:00.000Z',
    'Welcome back, {{ contact.firstName }}!',
  ])('leaves %s alone', (value) => expect(secretValueKind(value)).toBeUndefined());

  it('keeps ordinary headers, paths, query parameters and bodies as written', () => {
    const journey = withWebhook({
      url: 'https://api.example.com/v2/orders/{{ order.id }}/events?page=2&zipcode=10115#section-2',
      headers: [
        { name: 'X-Country-Code', value: 'DE' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      bodyTemplate: '{"event":"order-confirmation-v2","email":"{{ contact.email }}","count":3}',
    });
    expect(redactWebhookSecrets(journey)).toEqual({ journey, warnings: [] });
  });

  it('cuts credentials out of a form body and keeps Liquid references', () => {
    const journey = withWebhook({
      bodyTemplate: 'user={{ contact.id }}&client_secret=s3cr3t-value&note=Bearer 9xQ2mL7rT4vW',
    });
    expect(redactedConfig(journey).bodyTemplate).toBe('user={{ contact.id }}&client_secret=&note=');
    expect(redactWebhookSecrets(journey).warnings).toEqual([
      'Field "client_secret" in the body of step "Notify CRM" was left empty: secrets are not exported.',
      'The body of step "Notify CRM" held a credential with its scheme, which was removed: secrets are not exported.',
    ]);
  });

  it('empties a URL fragment that is a bare token', () => {
    const journey = withWebhook({ url: 'https://example.com/cb#Zk3pQ9xV2mN7bR4tY8wL1cF6' });
    expect(redactedConfig(journey).url).toBe('https://example.com/cb#');
  });
});
