import { describe, it, expect } from 'vitest';
import { checkChannelLimits } from '../../../../shared/templates/index';

const check = (output: Record<string, unknown>) =>
  checkChannelLimits('sms', { body: 'Hello', senderId: '', ...output });

describe('sms limits', () => {
  it('accepts a short message', () => {
    expect(check({})).toEqual([]);
  });

  it('refuses an empty body, and one of only spaces', () => {
    const empty = { severity: 'error', source: 'limit', field: 'body', message: 'The SMS body is empty.' };
    expect(check({ body: '' })).toEqual([empty]);
    expect(check({ body: '  \n ' })).toEqual([empty]);
  });

  it('accepts 6 segments without a warning', () => {
    expect(check({ body: 'a'.repeat(6 * 153) })).toEqual([]);
  });

  it('warns above 6 segments, naming segments, units and encoding', () => {
    expect(check({ body: 'a'.repeat(6 * 153 + 1) })).toEqual([
      {
        severity: 'warning',
        source: 'limit',
        field: 'body',
        message: 'The message is 7 segments (919 GSM-7 units); more than 6 is costly and some networks reject it.',
      },
    ]);
  });

  it('counts UCS-2 segments for the warning', () => {
    expect(check({ body: 'ж'.repeat(6 * 67) })).toEqual([]);
    expect(check({ body: 'ж'.repeat(6 * 67 + 1) })[0]?.message).toContain('7 segments (403 UCS-2 units)');
  });

  it.each(['ACME', 'Acme Shop', 'ACME2024', '12345678901', '+447700900123'])('accepts the sender id %j', (senderId) => {
    expect(check({ senderId })).toEqual([]);
  });

  it('refuses an alphanumeric sender id above 11 characters', () => {
    expect(check({ senderId: 'ExampleStore' })).toEqual([
      {
        severity: 'error',
        source: 'limit',
        field: 'senderId',
        message: 'The sender id is 12 characters; the limit is 11.',
      },
    ]);
  });

  it('refuses a sender id with characters networks do not carry', () => {
    expect(check({ senderId: 'Café' })[0]).toMatchObject({ severity: 'error', field: 'senderId' });
  });

  it('refuses a numeric sender longer than 15 digits', () => {
    expect(check({ senderId: '+1234567890123456' })[0]?.message).toBe(
      'The sender number has 16 digits; the limit is 15.',
    );
  });
});
