import { describe, expect, it } from 'vitest';
import {
  BUILTIN_FIELDS,
  FIELD_TYPES,
  normaliseValue,
  type FieldDefinition,
  type NormalisableField,
  type NormaliseOptions,
} from '../../../shared/audience/index';

const builtin = (key: string): FieldDefinition => {
  const field = BUILTIN_FIELDS.find((candidate) => candidate.key === key);
  if (!field) throw new Error(key);
  return field;
};

const TEXT: NormalisableField = { type: 'text' };
const NUMBER: NormalisableField = { type: 'number' };
const BOOLEAN: NormalisableField = { type: 'boolean' };
const DATE: NormalisableField = { type: 'date' };
const DATE_TIME: NormalisableField = { type: 'dateTime' };
const CHOICE: NormalisableField = { type: 'choice', options: ['Bronze', 'Silver', 'Gold', 'Crème brûlée'] };
const LIST: NormalisableField = { type: 'textList' };
const EMAIL = builtin('email');
const PHONE = builtin('phone');

function value(field: NormalisableField, raw: string, options?: NormaliseOptions): unknown {
  const result = normaliseValue(field, raw, options);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be accepted, got: ${result.reason}`);
  return result.value;
}

function reason(field: NormalisableField, raw: string, options?: NormaliseOptions): string {
  const result = normaliseValue(field, raw, options);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected, got ${JSON.stringify(result.value)}`);
  return result.reason;
}

describe('normaliseValue: empty means unset', () => {
  const fields: NormalisableField[] = [...FIELD_TYPES.map((type) => ({ type, options: ['A'] })), ...BUILTIN_FIELDS];
  it.each(['', '   ', '\t', ' \u00a0 '])('%j is null for every type and format', (raw) => {
    for (const field of fields) expect(normaliseValue(field, raw)).toEqual({ ok: true, value: null });
  });
});

describe('normaliseValue: text', () => {
  it('trims and composes accents (NFC), keeping inner spaces and case', () => {
    expect(value(TEXT, '  Frankfurt am  Main \n')).toBe('Frankfurt am  Main');
    expect(value(TEXT, 'Mu\u0308nchen')).toBe('München');
    expect(value(TEXT, 'ÉLODIE')).toBe('ÉLODIE');
  });
});

describe('normaliseValue: email', () => {
  it.each([
    [' John.Doe@Example.COM ', 'John.Doe@example.com'],
    ['mailto:anna@web.de', 'anna@web.de'],
    ['MAILTO:anna@web.de', 'anna@web.de'],
    ['Anna Müller <Anna.Mueller@GMX.de>', 'Anna.Mueller@gmx.de'],
    ['<anna@gmx.de>', 'anna@gmx.de'],
    ['anna+news@gmail.com', 'anna+news@gmail.com'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['jörg@MÜNCHEN.de', 'jörg@münchen.de'],
    ['anna@example.com.', 'anna@example.com'],
    ['x@sub.domain.co.uk', 'x@sub.domain.co.uk'],
  ])('%j → %j', (raw, expected) => {
    expect(value(EMAIL, raw)).toBe(expected);
  });

  it.each([
    ['anna.example.com', '"anna.example.com" has no @'],
    ['anna@@example.com', '"anna@@example.com" has more than one @'],
    ['a@b@example.com', '"a@b@example.com" has more than one @'],
    ['@example.com', '"@example.com" has nothing before the @'],
    ['anna@', '"anna@" has no domain after the @'],
    ['anna@localhost', '"anna@localhost": the domain "localhost" has no dot'],
    ['anna maria@example.com', '"anna maria@example.com" contains a space'],
    ['.anna@example.com', '".anna@example.com": the part before the @ has a character or dot out of place'],
    ['anna..maria@example.com', '"anna..maria@example.com": the part before the @ has a character or dot out of place'],
    ['anna,maria@example.com', '"anna,maria@example.com": the part before the @ has a character or dot out of place'],
    ['anna@example..com', '"anna@example..com": "example..com" is not a valid domain'],
    ['anna@-example.com', '"anna@-example.com": "-example.com" is not a valid domain'],
    ['anna@example_mail.com', '"anna@example_mail.com": "example_mail.com" is not a valid domain'],
    ['anna@10.0.0.1', '"anna@10.0.0.1": "10.0.0.1" is not a valid domain'],
    [`${'a'.repeat(65)}@example.com`, `"${'a'.repeat(37)}…": the part before the @ is longer than 64 characters`],
  ])('rejects %j', (raw, message) => {
    expect(reason(EMAIL, raw)).toBe(message);
  });
});

describe('normaliseValue: phone (E.164 with libphonenumber-js)', () => {
  it.each([
    ['+49 151 23456789', undefined, '+4915123456789'],
    ['0151 23456789', 'DE', '+4915123456789'],
    ['0151/234 567 89', 'DE', '+4915123456789'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['415.555.2671', 'US', '+14155552671'],
    ['00 44 20 7946 0958', 'DE', '+442079460958'],
    ['+44 (0) 20 7946 0958', undefined, '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ["'+4915123456789", undefined, '+4915123456789'],
    ['tel:+14155552671', undefined, '+14155552671'],
    ['+1 415 555 2671 ext. 12', undefined, '+14155552671'],
    ['+91 98765 43210', 'DE', '+919876543210'],
    ['+55 11 91234-5678', undefined, '+5511912345678'],
  ] as const)('%j (default %s) → %s', (raw, defaultCountry, expected) => {
    expect(value(PHONE, raw, defaultCountry === undefined ? {} : { defaultCountry })).toBe(expected);
  });

  it('names the problem when a number cannot be read', () => {
    expect(reason(PHONE, '0151 23456789')).toBe(
      '"0151 23456789" has no country code (+…) and no default country is set',
    );
    expect(reason(PHONE, 'call me', { defaultCountry: 'DE' })).toBe('"call me" is not a phone number');
    expect(reason(PHONE, '+49 1', { defaultCountry: 'DE' })).toBe('"+49 1" is too short to be a phone number');
    expect(reason(PHONE, '+999 1234567')).toBe('"+999 1234567" does not start with a known country code');
    expect(reason(PHONE, '+33 1 23', { defaultCountry: 'DE' })).toBe('"+33 1 23" is not a valid FR phone number');
    expect(reason(PHONE, '+1 123 456 7890')).toBe('"+1 123 456 7890" is not a valid +1 phone number');
    expect(reason(PHONE, '020 7946 095', { defaultCountry: 'GB' })).toBe(
      '"020 7946 095" is not a valid GB phone number',
    );
    expect(reason(PHONE, '0151 23456789', { defaultCountry: 'XX' as never })).toBe(
      '"XX" is not a country code libphonenumber knows',
    );
  });
});

describe('normaliseValue: number', () => {
  it.each([
    ['42', 42],
    [' -3.5 ', -3.5],
    ['+7', 7],
    ['.5', 0.5],
    ['5.', 5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['-1,000', -1000],
    ['1.2E+3', 1200],
    ['2e-3', 0.002],
    ['-0', 0],
    ['007', 7],
    ['9007199254740991', 9007199254740991],
  ])('%j → %d', (raw, expected) => {
    expect(value(NUMBER, raw)).toBe(expected);
  });

  it('-0 is stored as 0', () => {
    expect(Object.is(value(NUMBER, '-0'), 0)).toBe(true);
  });

  it.each([
    ['1,5', '"1,5" is not a number: use "." for decimals; "," may only group thousands, as in 1,234.5'],
    ['1.234,5', '"1.234,5" is not a number: use "." for decimals; "," may only group thousands, as in 1,234.5'],
    ['12,34', '"12,34" is not a number: use "." for decimals; "," may only group thousands, as in 1,234.5'],
    ['12abc', '"12abc" is not a number'],
    ['NaN', '"NaN" is not a number'],
    ['Infinity', '"Infinity" is not a number'],
    ['0x10', '"0x10" is not a number'],
    ['$12', '"$12" is not a number'],
    ['12 %', '"12 %" is not a number'],
    ['12 345', '"12 345" is not a number'],
    ['--1', '"--1" is not a number'],
    ['1e400', '"1e400" is too large'],
    ['12345678901234567890', '"12345678901234567890" has too many digits to keep exactly; store it as a text field'],
  ])('rejects %j', (raw, message) => {
    expect(reason(NUMBER, raw)).toBe(message);
  });
});

describe('normaliseValue: boolean', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    [' Yes ', true],
    ['y', true],
    ['1', true],
    ['false', false],
    ['False', false],
    ['NO', false],
    ['n', false],
    ['0', false],
  ])('%j → %s', (raw, expected) => {
    expect(value(BOOLEAN, raw)).toBe(expected);
  });

  it.each(['maybe', '2', 'oui', 'on', 'ja'])('rejects %j', (raw) => {
    expect(reason(BOOLEAN, raw)).toBe(`"${raw}" is not yes/no: use true/false, yes/no or 1/0`);
  });
});

describe('normaliseValue: date', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024-5-1', '2024-05-01'],
    ['2024/05/01', '2024-05-01'],
    ['2024.05.01', '2024-05-01'],
    ['2024-02-29', '2024-02-29'],
    ['2024-05-01T23:30:00-05:00', '2024-05-01'],
    ['2024-05-01 08:00', '2024-05-01'],
    ['1 May 2024', '2024-05-01'],
    ['1st May 2024', '2024-05-01'],
    ['01-May-2024', '2024-05-01'],
    ['May 1, 2024', '2024-05-01'],
    ['Sept 3 2024', '2024-09-03'],
    ['3 september 2024', '2024-09-03'],
    ['13/05/2024', '2024-05-13'],
    ['05/13/2024', '2024-05-13'],
    ['13.05.2024', '2024-05-13'],
    ['05/05/2024', '2024-05-05'],
  ])('%j → %s', (raw, expected) => {
    expect(value(DATE, raw)).toBe(expected);
  });

  it('rejects day/month orders it cannot tell apart, unless told which', () => {
    expect(reason(DATE, '05/06/2024')).toBe('"05/06/2024" could be 5 June or May 6: write 2024-06-05 or 2024-05-06');
    expect(value(DATE, '05/06/2024', { dateOrder: 'dayFirst' })).toBe('2024-06-05');
    expect(value(DATE, '05/06/2024', { dateOrder: 'monthFirst' })).toBe('2024-05-06');
    // Told the order, a date that does not fit it is not silently swapped.
    expect(reason(DATE, '05/13/2024', { dateOrder: 'dayFirst' })).toBe('"05/13/2024" is not a real date');
  });

  it.each([
    ['05/06/24', '"05/06/24" has a two-digit year: write all four digits'],
    ['2023-02-29', '"2023-02-29" is not a real date'],
    ['2024-13-01', '"2024-13-01" is not a real date'],
    ['31/04/2024', '"31/04/2024" is not a real date'],
    ['2024-04-00', '"2024-04-00" is not a real date'],
    ['0999-01-01', '"0999-01-01": the year must have four digits, 1000–9999'],
    ['32 May 2024', '"32 May 2024" is not a real date'],
    ['1 Mai 2024', '"1 Mai 2024" is not a date: write it as YYYY-MM-DD, e.g. 2024-05-01'],
    ['tomorrow', '"tomorrow" is not a date: write it as YYYY-MM-DD, e.g. 2024-05-01'],
    ['20240501', '"20240501" is not a date: write it as YYYY-MM-DD, e.g. 2024-05-01'],
  ])('rejects %j', (raw, message) => {
    expect(reason(DATE, raw)).toBe(message);
  });
});

describe('normaliseValue: date-time (stored as ISO 8601 UTC with milliseconds)', () => {
  it.each([
    ['2024-05-01T09:30:00Z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30:00.123456Z', '2024-05-01T09:30:00.123Z'],
    ['2024-05-01T09:30:00,5Z', '2024-05-01T09:30:00.500Z'],
    ['2024-05-01t09:30:00z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30:00+02:00', '2024-05-01T07:30:00.000Z'],
    ['2024-05-01T09:30+0530', '2024-05-01T04:00:00.000Z'],
    ['2024-05-01T01:00:00-05', '2024-05-01T06:00:00.000Z'],
    ['2024-05-01 09:30', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['1 May 2024', '2024-05-01T00:00:00.000Z'],
    ['2024-12-31T23:30:00-01:00', '2025-01-01T00:30:00.000Z'],
  ])('%j → %s', (raw, expected) => {
    expect(value(DATE_TIME, raw)).toBe(expected);
  });

  it('reads a time without an offset in the given time zone, DST included', () => {
    expect(value(DATE_TIME, '2024-05-01 09:30', { timeZone: 'Europe/Berlin' })).toBe('2024-05-01T07:30:00.000Z');
    expect(value(DATE_TIME, '2024-01-15 09:30', { timeZone: 'Europe/Berlin' })).toBe('2024-01-15T08:30:00.000Z');
    expect(value(DATE_TIME, '2024-05-01', { timeZone: 'America/New_York' })).toBe('2024-05-01T04:00:00.000Z');
    expect(value(DATE_TIME, '2024-05-01T09:30:00Z', { timeZone: 'America/New_York' })).toBe('2024-05-01T09:30:00.000Z');
    // 02:30 does not exist on the day clocks jump forward; it still resolves to a nearby instant.
    expect(value(DATE_TIME, '2024-03-31 02:30', { timeZone: 'Europe/Berlin' })).toMatch(
      /^2024-03-31T0[01]:30:00\.000Z$/,
    );
  });

  it.each([
    ['2024-05-01T25:00Z', '"2024-05-01T25:00Z" is not a real time of day'],
    ['2024-05-01T10:60Z', '"2024-05-01T10:60Z" is not a real time of day'],
    ['2024-02-30T10:00Z', '"2024-02-30T10:00Z" is not a real date'],
    ['2024-05-01T10:00+25:00', '"2024-05-01T10:00+25:00" has an invalid UTC offset "+25:00"'],
    ['05/06/2024 10:00', '"05/06/2024 10:00" is not a date-time: write it as ISO 8601, e.g. 2024-05-01T09:30:00Z'],
    ['05/06/2024', '"05/06/2024" could be 5 June or May 6: write 2024-06-05 or 2024-05-06'],
    ['yesterday', '"yesterday" is not a date-time: write it as ISO 8601, e.g. 2024-05-01T09:30:00Z'],
    ['1714557600', '"1714557600" is not a date-time: write it as ISO 8601, e.g. 2024-05-01T09:30:00Z'],
  ])('rejects %j', (raw, message) => {
    expect(reason(DATE_TIME, raw)).toBe(message);
  });

  it('rejects an unknown time zone option', () => {
    expect(reason(DATE_TIME, '2024-05-01 09:30', { timeZone: 'Mars/Olympus' })).toBe(
      'The time zone "Mars/Olympus" for date-times without an offset is not a known time zone',
    );
  });
});

describe('normaliseValue: choice', () => {
  it('matches an option ignoring case and spaces, and stores the option as defined', () => {
    expect(value(CHOICE, 'gold')).toBe('Gold');
    expect(value(CHOICE, '  SILVER ')).toBe('Silver');
    expect(value(CHOICE, 'Cre\u0300me bru\u0302le\u0301e')).toBe('Crème brûlée');
  });

  it('rejects anything else, listing the options', () => {
    expect(reason(CHOICE, 'Platinum')).toBe('"Platinum" is not one of the options: Bronze, Silver, Gold, Crème brûlée');
    // Only ASCII letters fold, as everywhere in filters.
    expect(reason(CHOICE, 'CRÈME BRÛLÉE')).toMatch(/is not one of the options/);
  });
});

describe('normaliseValue: list of text', () => {
  it.each([
    ['vip; newsletter |beta', ['vip', 'newsletter', 'beta']],
    ['vip;;vip; ', ['vip']],
    ['Vip;vip', ['Vip', 'vip']],
    ['a, b', ['a, b']],
    ['["x","y"]', ['x', 'y']],
    ['[" x ", "", "x"]', ['x']],
    ['single', ['single']],
  ])('%j → %j', (raw, expected) => {
    expect(value(LIST, raw)).toEqual(expected);
  });

  it('is unset when no item is left', () => {
    expect(value(LIST, ' ; | ')).toBeNull();
    expect(value(LIST, '[]')).toBeNull();
  });

  it('rejects a broken JSON list', () => {
    expect(reason(LIST, '[1, 2]')).toBe('"[1, 2]" is not a JSON list of text');
    expect(reason(LIST, '[oops')).toBe('"[oops" starts with [ but is not a JSON list');
  });
});

describe('normaliseValue: the other built-in formats', () => {
  it('canonicalises language tags and time zones', () => {
    expect(value(builtin('language'), 'EN_us')).toBe('en-US');
    expect(value(builtin('language'), 'pt-br')).toBe('pt-BR');
    expect(value(builtin('language'), 'DE')).toBe('de');
    expect(value(builtin('timeZone'), 'europe/berlin')).toBe('Europe/Berlin');
    expect(value(builtin('timeZone'), 'utc')).toBe('UTC');
    // Engines disagree on which alias is canonical; a correctly written zone is kept as written.
    expect(value(builtin('timeZone'), 'Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(value(builtin('timeZone'), 'Asia/Calcutta')).toBe('Asia/Calcutta');
    expect(value(builtin('timeZone'), 'Etc/UTC')).toBe('Etc/UTC');
  });

  it('rejects what is not one', () => {
    expect(reason(builtin('language'), 'English')).toBe('"English" is not a language code such as en, de or pt-BR');
    expect(reason(builtin('language'), 'en-')).toBe('"en-" is not a language code such as en, de or pt-BR');
    expect(reason(builtin('timeZone'), 'Mars/Olympus')).toBe(
      '"Mars/Olympus" is not a time zone such as Europe/Berlin or America/New_York',
    );
  });

  it('accepts Telegram chat ids as integers, negative for groups', () => {
    expect(value(builtin('telegramChatId'), ' 123456789 ')).toBe('123456789');
    expect(value(builtin('telegramChatId'), '-1001234567890')).toBe('-1001234567890');
    expect(reason(builtin('telegramChatId'), '@anna')).toBe(
      '"@anna" is not a Telegram chat id (digits, optionally starting with -)',
    );
  });

  it('keeps customerId as trimmed text', () => {
    expect(value(builtin('customerId'), '  C-001 ')).toBe('C-001');
  });
});
