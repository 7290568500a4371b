/**
 * Words that mark a header or query parameter as a credential. Matching is deliberately broad
 * ("X-Idempotency-Key" is caught too): an empty value is a small fix after import, a leaked API
 * key in a shared file is not.
 */
const SECRET_WORDS = [
  'auth',
  'token',
  'secret',
  'key',
  'password',
  'passwd',
  'cookie',
  'signature',
  'credential',
  'session',
];

/**
 * Short names that are credentials as a whole word of the name (X-Hub-Sig, ?code=, ?sig=) but too
 * short to look for inside other words ("code" in "zipcode", "pat" in "path").
 */
const SECRET_NAME_PARTS = new Set(['sig', 'hmac', 'jwt', 'otp', 'pat', 'pwd', 'pass', 'apikey', 'ticket']);
/** OAuth hands out its one-time grants as `?code=`; as a header name part it is a country or a status. */
const SECRET_QUERY_PARTS = new Set(['code']);

function nameParts(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((part) => part !== '');
}

export function isSecretHeaderName(name: string): boolean {
  const folded = name.trim().toLowerCase();
  return (
    SECRET_WORDS.some((word) => folded.includes(word)) || nameParts(folded).some((part) => SECRET_NAME_PARTS.has(part))
  );
}

/** Query parameters and body fields: the same words, plus OAuth's `code` and other short names. */
export function isSecretQueryName(name: string): boolean {
  const folded = name.trim().toLowerCase();
  return isSecretHeaderName(folded) || nameParts(folded).some((part) => SECRET_QUERY_PARTS.has(part));
}

function decodedQueryName(raw: string): string {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw;
  }
}

/**
 * The query parameters of a URL named like credentials whose value is empty ("?token="), as export
 * leaves them; decoded, in order. Reads the text rather than through URL, which would encode Liquid.
 */
export function emptySecretQueryNames(url: string): string[] {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return [];
  const hashStart = url.indexOf('#', queryStart);
  const names: string[] = [];
  for (const parameter of url.slice(queryStart + 1, hashStart === -1 ? url.length : hashStart).split('&')) {
    const equals = parameter.indexOf('=');
    if (equals === -1 || parameter.slice(equals + 1).trim() !== '') continue;
    const name = decodedQueryName(parameter.slice(0, equals));
    if (isSecretQueryName(name)) names.push(name);
  }
  return names;
}
