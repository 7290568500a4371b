import { describe, expect, it } from 'vitest';
import { blankContact } from '../../../shared/audience/index';
import { customColumns } from '../../../renderer/src/audience/contacts/contact-columns';
import { displayValue, formatDay, formatInstant } from '../../../renderer/src/audience/contacts/display-values';
import type { FieldListing } from '../../../renderer/src/store/audience-slice';

const field = (key: string, type: FieldListing['type'], builtIn = false): FieldListing => ({
  key,
  label: key.toUpperCase(),
  description: '',
  type,
  builtIn,
});

describe('contact values as people read them', () => {
  it('shows a calendar day in the locale, the same day whatever the time zone', () => {
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.UTC(1990, 2, 5),
    );
    expect(formatDay('1990-03-05')).toBe(expected);
    expect(formatDay('1990-03-05')).not.toContain('1990-03-05');
    expect(formatDay('not a day')).toBe('not a day');
  });

  it('shows an instant as date and time in the locale, never as ISO text', () => {
    const text = formatInstant('2024-06-01T09:30:00.000Z');
    expect(text).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
        Date.parse('2024-06-01T09:30:00.000Z'),
      ),
    );
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(formatInstant('garbage')).toBe('garbage');
  });

  it('formats by field type: dates, yes/no, lists, unset', () => {
    expect(displayValue('1990-03-05', 'date')).toBe(formatDay('1990-03-05'));
    expect(displayValue('2024-06-01T09:30:00.000Z', 'dateTime')).toBe(formatInstant('2024-06-01T09:30:00.000Z'));
    expect(displayValue('1990-03-05', 'text')).toBe('1990-03-05');
    expect(displayValue(true, 'boolean')).toBe('Yes');
    expect(displayValue(['a', 'b'], 'textList')).toBe('a, b');
    expect(displayValue(null, 'date')).toBe('');
    expect(displayValue(12.5, 'number')).toBe('12.5');
  });
});

describe('custom field columns', () => {
  it('makes columns for the chosen custom fields only, in field order, reading attributes', () => {
    const fields = [
      field('email', 'text', true),
      field('city', 'text'),
      field('birthday', 'date'),
      field('vip', 'boolean'),
    ];
    const columns = customColumns(fields, ['vip', 'city', 'email', 'gone']);
    expect(columns.map((column) => column.key)).toEqual(['city', 'vip']);
    const contact = blankContact('2024-01-01T00:00:00.000Z', { city: 'Berlin', vip: false });
    expect(columns.map((column) => column.text(contact))).toEqual(['Berlin', 'No']);
  });
});
