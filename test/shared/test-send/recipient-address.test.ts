import { describe, expect, it } from 'vitest';
import { parseRecipientAddress } from '../../../shared/test-send/recipient-address';

describe('a test send recipient per channel', () => {
  it('normalises the addresses providers take', () => {
    expect(parseRecipientAddress('email', ' Ann <ann@Example.com> ')).toEqual({ ok: true, value: 'ann@example.com' });
    expect(parseRecipientAddress('sms', '+49 151 1234 5678')).toEqual({ ok: true, value: '+4915112345678' });
    expect(parseRecipientAddress('whatsapp', '+4915112345678')).toEqual({ ok: true, value: '+4915112345678' });
    expect(parseRecipientAddress('telegram', '-100123')).toEqual({ ok: true, value: '-100123' });
    expect(parseRecipientAddress('inapp', ' cus_1 ')).toEqual({ ok: true, value: 'cus_1' });
    expect(parseRecipientAddress('push', 'fcm-token:APA91b')).toEqual({ ok: true, value: 'fcm-token:APA91b' });
    const subscription = { endpoint: 'https://push.example/abc', keys: { p256dh: 'BOr', auth: 'xyz' } };
    expect(parseRecipientAddress('push', JSON.stringify(subscription, null, 2))).toEqual({
      ok: true,
      value: JSON.stringify(subscription),
    });
  });

  it('says what is wrong with one it cannot take', () => {
    expect(parseRecipientAddress('sms', '')).toEqual({
      ok: false,
      reason: 'Enter the recipient: phone number with country code, e.g. +4915112345678',
    });
    expect(parseRecipientAddress('email', 'ann.example.com')).toEqual({
      ok: false,
      reason: '"ann.example.com" has no @',
    });
    expect(parseRecipientAddress('telegram', '@shop')).toMatchObject({ ok: false });
    expect(parseRecipientAddress('sms', 'call me')).toMatchObject({ ok: false });
    expect(parseRecipientAddress('push', '{"endpoint":"https://push.example/abc"}')).toEqual({
      ok: false,
      reason: 'The push subscription lacks "keys.p256dh" or "keys.auth"',
    });
    expect(parseRecipientAddress('push', '{not json')).toMatchObject({ ok: false });
    expect(parseRecipientAddress('push', 'two words')).toMatchObject({ ok: false });
  });
});
