import { describe, expect, it } from 'vitest';
import { anna } from '../../../support/sample-contact';
import {
  CONTACT_VALUE_COLUMNS,
  contactFromRow,
  contactToRow,
  contactValues,
  type ContactRow,
} from '../../../../electron/services/audience/contacts-table';

describe('contact rows', () => {
  it('round-trip through the table layout, leaving null attributes out of the JSON', () => {
    const row = contactToRow(anna);
    expect(row).toEqual({
      customer_id: 'C-1',
      email: 'anna@example.com',
      phone: '+4915123456789',
      telegram_chat_id: null,
      push_tokens: '["tok-1","tok-2"]',
      language: 'de',
      time_zone: 'Europe/Berlin',
      created_at: '2024-05-01T07:30:00.000Z',
      attributes: '{"city":"Berlin","loyaltyPoints":120,"isVip":true,"tags":["vip"],"birthday":"1990-02-03"}',
    });
    const { nickname: _nickname, ...stored } = anna.attributes;
    expect(contactFromRow(row)).toEqual({ ...anna, attributes: stored });
  });

  it('as positional values hold exactly what the row object holds, in column order', () => {
    const row = contactToRow(anna) as unknown as Record<string, string | null>;
    expect(contactValues(anna)).toEqual(CONTACT_VALUE_COLUMNS.map((column) => row[column]));
    expect(contactValues({ ...anna, attributes: { city: 'Berlin' } })[8]).toBe('{"city":"Berlin"}');
  });

  it('read broken JSON as empty rather than failing a whole listing', () => {
    const broken: ContactRow = { ...contactToRow(anna), push_tokens: '{oops', attributes: '[1]' };
    expect(contactFromRow(broken)).toMatchObject({ pushTokens: [], attributes: {} });
  });
});
