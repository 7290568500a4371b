import { z } from 'zod';

/**
 * A secret a journey refers to as `{{ secrets.NAME }}`: letters, digits and underscores, starting
 * with a letter or underscore, so the reference is plain Liquid. Names with dots
 * (`provider.email.password`) belong to the channel settings and are managed there.
 */
export const SECRET_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const MAX_SECRET_NAME_LENGTH = 100;
/** Long enough for a service account's private key; short enough that a pasted file is refused. */
export const MAX_SECRET_VALUE_LENGTH = 64 * 1024;

export const SecretNameSchema = z
  .string()
  .min(1, 'Enter a name')
  .max(MAX_SECRET_NAME_LENGTH, `At most ${MAX_SECRET_NAME_LENGTH} characters`)
  .regex(SECRET_NAME_PATTERN, 'Use letters, digits and underscores, starting with a letter (e.g. crm_token)');

export const SecretValueSchema = z
  .string()
  .min(1, 'Enter the value')
  .max(MAX_SECRET_VALUE_LENGTH, `At most ${MAX_SECRET_VALUE_LENGTH.toLocaleString('en-US')} characters`);

const LIQUID_OUTPUT = /\{\{[\s\S]*?\}\}/g;
const SECRET_PATH = /(?<![A-Za-z0-9_.])secrets\.([A-Za-z_][A-Za-z0-9_]*)/g;
/** `{{ secrets.NAME }}` as a whole, optionally with whitespace control. */
const WHOLE_REFERENCE = /\{\{-?\s*secrets\.[A-Za-z_][A-Za-z0-9_]*\s*-?\}\}/g;
/** The scheme word in front of a credential in an Authorization header. */
const SCHEME_WORD = /^\s*(?:Bearer|Basic|Digest|Token|Bot)\s+/i;

/** How a journey refers to the secret `name`. */
export function secretReference(name: string): string {
  return `{{ secrets.${name} }}`;
}

/** The secrets a text refers to (`{{ secrets.NAME }}`, also with filters), each once, in order. */
export function secretReferencesIn(text: string): string[] {
  const names = new Set<string>();
  for (const output of text.match(LIQUID_OUTPUT) ?? []) {
    for (const match of output.matchAll(SECRET_PATH)) names.add(match[1]!);
  }
  return [...names];
}

/**
 * A value that holds nothing but references to secrets, after an optional scheme
 * (`Bearer {{ secrets.crm }}`): what a credential should look like in a journey, safe to share.
 */
export function isSecretReferenceOnly(value: string): boolean {
  if (value.match(WHOLE_REFERENCE) === null) return false;
  return value.replace(WHOLE_REFERENCE, '').replace(SCHEME_WORD, '').trim() === '';
}
