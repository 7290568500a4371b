import { describe, it, expect } from 'vitest';
import { webhookNodeKind } from '../../../../shared/model/nodes/webhook';
import type { WebhookConfig } from '../../../../shared/model/nodes/webhook';
import { issuesOf } from '../issues-of';

const { config: schema } = webhookNodeKind;

function webhook(overrides: Partial<WebhookConfig>): WebhookConfig {
  return { ...webhookNodeKind.defaults(), ...overrides };
}

describe('webhook node kind', () => {
  it('defaults to an empty POST, a valid draft', () => {
    expect(schema.parse(webhookNodeKind.defaults())).toEqual({
      method: 'POST',
      url: '',
      headers: [],
      bodyTemplate: '',
    });
  });

  it('branches success / failure', () => {
    expect(webhookNodeKind.outputs(webhook({})).map((output) => output.id)).toEqual(['success', 'failure']);
  });

  it('summarises the method and host', () => {
    expect(webhookNodeKind.summary(webhook({ url: 'https://api.example.com/v1/orders?x=1' }))).toBe(
      'POST api.example.com',
    );
    expect(webhookNodeKind.summary(webhook({ method: 'GET', url: 'http://localhost:8080/hook' }))).toBe(
      'GET localhost:8080',
    );
    expect(webhookNodeKind.summary(webhook({ url: '  ' }))).toBe('POST · no URL');
    // Not (yet) a URL: shown as typed rather than hidden.
    expect(webhookNodeKind.summary(webhook({ method: 'PUT', url: '{{ settings.crmUrl }}' }))).toBe(
      'PUT {{ settings.crmUrl }}',
    );
  });

  it('accepts a templated URL and body', () => {
    const config = webhook({
      url: 'https://api.example.com/orders/{{ order.id }}',
      headers: [{ name: 'Authorization', value: 'Bearer {{ secrets.crm }}' }],
      bodyTemplate: '{"id": "{{ customer.id }}"}',
    });
    expect(issuesOf(schema, config)).toEqual([]);
  });

  it('rejects unknown methods and malformed headers', () => {
    expect(issuesOf(schema, webhook({ method: 'HEAD' as never }))).toEqual([
      { path: 'method', message: 'Invalid option: expected one of "GET"|"POST"|"PUT"|"PATCH"|"DELETE"' },
    ]);
    expect(issuesOf(schema, { ...webhook({}), headers: [{ name: 'X-Id' }] })).toEqual([
      { path: 'headers[0].value', message: 'Invalid input: expected string, received undefined' },
    ]);
  });
});
