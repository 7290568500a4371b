import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountryCallingCode, parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { generateContact } from '../../support/generate-contacts';
import { parsePhone } from '../../../shared/audience/parse/phone';
import { validE164Shortcut } from '../../../shared/audience/parse/phone-fast-path';
import { seededRandom } from '../../support/seeded-random';

/** What the library alone makes of the text: the E.164 form of a valid number, else null. */
function libraryE164(text: string): string | null {
  try {
    const phone = parsePhoneNumberWithError(text);
    return phone.isValid() ? phone.number : null;
  } catch {
    return null;
  }
}

const exampleNumbers = Object.entries(examples as Record<string, string>).map(
  ([country, national]) => `+${getCountryCallingCode(country as CountryCode)}${national}`,
);

/** Every one-digit change, one digit more and one less: numbers near valid ones, valid or not. */
function neighbours(e164: string): string[] {
  const out = [e164.slice(0, -1), `${e164}5`, `${e164}0`];
  for (let at = 2; at < e164.length; at += 1)
    for (let digit = 0; digit <= 9; digit += 1) out.push(`${e164.slice(0, at)}${digit}${e164.slice(at + 1)}`);
  return out;
}

/** Agreement: whenever the shortcut answers, the library calls the number valid and writes it the same. */
function disagreements(candidates: readonly string[]): string[] {
  const wrong: string[] = [];
  for (const text of candidates) {
    const quick = validE164Shortcut(text);
    if (quick !== undefined && quick !== libraryE164(text))
      wrong.push(`${text}: shortcut ${quick}, library ${String(libraryE164(text))}`);
  }
  return wrong;
}

describe('the E.164 shortcut for phone numbers', () => {
  it('agrees with libphonenumber on every country’s example number and every number one digit away', () => {
    const candidates = exampleNumbers.flatMap((number) => [number, ...neighbours(number)]);
    expect(candidates.length).toBeGreaterThan(25_000);
    expect(disagreements(candidates)).toEqual([]);
  });

  it('agrees with libphonenumber when up to three digits precede a valid national number (where national and carrier prefixes hide)', () => {
    const prefixes = Array.from({ length: 1110 }, (_, i) =>
      i < 10 ? String(i) : i < 110 ? String(i - 10).padStart(2, '0') : String(i - 110).padStart(3, '0'),
    );
    const candidates = Object.entries(examples as Record<string, string>).flatMap(([country, national]) => {
      const callingCode = getCountryCallingCode(country as CountryCode);
      return prefixes.flatMap((prefix) => [
        `+${callingCode}${prefix}${national}`,
        `+${callingCode}${prefix}${national.slice(prefix.length)}`,
      ]);
    });
    expect(disagreements(candidates)).toEqual([]);
    // Brazil's carrier code: the library strips "0 + two digits", so the shortcut must stand back.
    expect(libraryE164('+5590961234567')).toBe('+55961234567');
    expect(validE164Shortcut('+5590961234567')).toBeUndefined();
  });

  it('agrees with libphonenumber on random digit strings of every length', () => {
    const random = seededRandom(164);
    const candidates: string[] = [];
    for (let i = 0; i < 30_000; i += 1) {
      let digits = String(1 + random.int(9));
      const length = 2 + random.int(18);
      while (digits.length < length) digits += String(random.int(10));
      candidates.push(`+${digits}`);
    }
    expect(disagreements(candidates)).toEqual([]);
  });

  it('answers for nearly every valid example number, the shared calling codes (+1, +44, +7, +590) included', () => {
    const valid = exampleNumbers.filter((number) => libraryE164(number) === number);
    const answered = valid.filter((number) => validE164Shortcut(number) === number);
    expect(answered.length / valid.length).toBeGreaterThan(0.9);
    for (const shared of ['+12015550123', '+447400123456', '+79123456789', '+590690001234']) {
      expect(libraryE164(shared)).toBe(shared);
      expect(validE164Shortcut(shared)).toBe(shared);
    }
  });

  it('answers for every phone of generated contacts', () => {
    const phones = Array.from({ length: 2000 }, (_, i) => generateContact(i).phone).filter(
      (phone): phone is string => phone !== null,
    );
    expect(phones.length).toBeGreaterThan(1000);
    for (const phone of phones) expect(validE164Shortcut(phone)).toBe(phone);
  });

  it('leaves formatted, national, prefixed and invalid input to the full parse', () => {
    for (const text of [
      '+49 151 23456789',
      '015123456789',
      '0049 15123456789',
      '+4401512345678',
      '+0123456789',
      '+800 1234 5678',
      '+491',
      '+12',
      '',
    ]) {
      expect(validE164Shortcut(text)).toBeUndefined();
    }
    // …which still reads the formatted ones and words the rejections.
    expect(parsePhone('+49 151 23456789')).toEqual({ ok: true, value: '+4915123456789' });
    expect(parsePhone('+4915')).toMatchObject({ ok: false });
  });
});
