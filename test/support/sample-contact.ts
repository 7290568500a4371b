import type { Contact } from '../../shared/audience/index';

/** A contact with every built-in field set and one custom field of each type (and a null). */
export const anna: Contact = {
  customerId: 'C-1',
  email: 'anna@example.com',
  phone: '+4915123456789',
  telegramChatId: null,
  pushTokens: ['tok-1', 'tok-2'],
  language: 'de',
  timeZone: 'Europe/Berlin',
  createdAt: '2024-05-01T07:30:00.000Z',
  attributes: {
    city: 'Berlin',
    loyaltyPoints: 120,
    isVip: true,
    tags: ['vip'],
    birthday: '1990-02-03',
    nickname: null,
  },
};
