import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ChannelProviderView } from '../../../shared/contract/index';
import type { ProviderDescription } from '../../../shared/providers/index';
import { configOf, formErrors, initialValues } from '../../../renderer/src/settings/channel-form';

const gateway: ProviderDescription<unknown> = {
  kind: 'twilio',
  label: 'Gateway',
  channels: ['sms'],
  schema: z.unknown(),
  fields: [
    { key: 'baseUrl', label: 'URL', input: 'url' },
    { key: 'token', label: 'Token', input: 'secret' },
    { key: 'perSecond', label: 'Per second', input: 'number' },
    { key: 'senderName', label: 'Sender', input: 'text', optional: true },
    { key: 'tls', label: 'TLS', input: 'checkbox' },
  ],
  defaults: { baseUrl: 'https://gateway.example', perSecond: 10, tls: true },
};

const outboxView: ChannelProviderView = {
  channel: 'sms',
  kind: 'outbox',
  config: {},
  secretsSet: [],
  savedAt: null,
  problem: null,
};

describe('a provider form', () => {
  it("opens with the provider's defaults, or the saved config; secrets always empty", () => {
    expect(initialValues(gateway, outboxView)).toEqual({
      baseUrl: 'https://gateway.example',
      token: '',
      perSecond: '10',
      senderName: '',
      tls: true,
    });
    const saved = { ...outboxView, kind: 'twilio' as const, config: { baseUrl: 'http://127.0.0.1:9', perSecond: 3 } };
    expect(initialValues(gateway, { ...saved, secretsSet: ['token'] })).toEqual({
      baseUrl: 'http://127.0.0.1:9',
      token: '',
      perSecond: '3',
      senderName: '',
      tls: false,
    });
  });

  it('sends numbers as numbers, leaves out empty optional fields, and an empty secret as empty (keep)', () => {
    expect(
      configOf(gateway, { baseUrl: ' http://127.0.0.1:9 ', token: '', perSecond: '2.5', senderName: ' ', tls: false }),
    ).toEqual({ baseUrl: 'http://127.0.0.1:9', token: '', perSecond: 2.5, tls: false });
    expect(configOf(gateway, { baseUrl: '', token: '', perSecond: '', senderName: '', tls: true })).toEqual({
      baseUrl: '',
      token: '',
      tls: true,
    });
    expect(
      configOf(gateway, { baseUrl: '', token: ' s3cret ', perSecond: 'ten', senderName: 'SHOP', tls: true }),
    ).toEqual({
      baseUrl: '',
      token: ' s3cret ',
      perSecond: 'ten',
      senderName: 'SHOP',
      tls: true,
    });
  });

  it("places a refusal's issues beside their fields, and the rest above the form", () => {
    expect(
      formErrors(
        [
          { path: 'config.baseUrl', message: 'Enter the gateway URL' },
          { path: 'config.token', message: 'Enter the token' },
          { path: 'config.token', message: 'second problem, same field' },
          { path: 'kind', message: 'This provider does not carry SMS here' },
        ],
        'The settings are not valid',
      ),
    ).toEqual({
      fields: { baseUrl: 'Enter the gateway URL', token: 'Enter the token' },
      form: ['This provider does not carry SMS here'],
    });
    expect(formErrors(undefined, 'The app could not be reached')).toEqual({
      fields: {},
      form: ['The app could not be reached'],
    });
  });
});
