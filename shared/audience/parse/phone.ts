import { isSupportedCountry, parsePhoneNumberWithError, ParseError, type CountryCode } from 'libphonenumber-js/min';
import { validE164Shortcut } from './phone-fast-path';
import { parsed, quote, rejected, type Parsed } from './result';

export type { CountryCode };

function parseErrorReason(text: string, code: string, defaultCountry: CountryCode | undefined): string {
  switch (code) {
    case 'INVALID_COUNTRY':
      return defaultCountry === undefined && !/^\D*\+/.test(text)
        ? `${quote(text)} has no country code (+…) and no default country is set`
        : `${quote(text)} does not start with a known country code`;
    case 'NOT_A_NUMBER':
      return `${quote(text)} is not a phone number`;
    case 'TOO_SHORT':
      return `${quote(text)} is too short to be a phone number`;
    case 'TOO_LONG':
      return `${quote(text)} is too long to be a phone number`;
    default:
      return `${quote(text)} has the wrong number of digits`;
  }
}

/**
 * A phone number in E.164 form (+4915123456789), read by libphonenumber-js with its small
 * ("min") metadata. A number without a country code is read as a national number of
 * `defaultCountry`, and international prefixes such as 00 are understood. An extension is
 * dropped (E.164 has none). Numbers that are possible but not valid for their country are rejected.
 */
export function parsePhone(raw: string, defaultCountry?: CountryCode): Parsed<string> {
  // A spreadsheet's "treat as text" apostrophe comes along in exports.
  const text = raw.trim().replace(/^'/, '');
  if (defaultCountry !== undefined && !isSupportedCountry(defaultCountry)) {
    return rejected(`"${String(defaultCountry)}" is not a country code libphonenumber knows`);
  }
  const e164 = validE164Shortcut(text);
  if (e164 !== undefined) return parsed(e164);
  try {
    const phone = parsePhoneNumberWithError(text, defaultCountry === undefined ? undefined : { defaultCountry });
    if (!phone.isValid()) {
      const where = phone.country ?? `+${phone.countryCallingCode}`;
      return rejected(`${quote(text)} is not a valid ${where} phone number`);
    }
    return parsed(phone.number);
  } catch (error) {
    if (error instanceof ParseError) return rejected(parseErrorReason(text, error.message, defaultCountry));
    throw error;
  }
}
