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

/** Short query parameter names services use for credentials (signed URLs, basic passwords). */
const SECRET_QUERY_NAMES = new Set(['sig', 'pwd', 'pass', 'apikey']);

export function isSecretHeaderName(name: string): boolean {
  const folded = name.trim().toLowerCase();
  return SECRET_WORDS.some((word) => folded.includes(word));
}

export function isSecretQueryName(name: string): boolean {
  const folded = name.trim().toLowerCase();
  return SECRET_QUERY_NAMES.has(folded) || SECRET_WORDS.some((word) => folded.includes(word));
}
