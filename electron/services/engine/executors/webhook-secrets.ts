import { secretReferencesIn } from '../../../../shared/secrets/secret-references';
import type { SecretStore } from '../../secrets/secret-store';

/** The secrets a call refers to, opened; or why the call cannot be made (never retried: nothing will change). */
export type ResolvedSecrets = { ok: true; values: Record<string, string> } | { ok: false; error: string };

export function resolveSecrets(texts: readonly string[], secrets: SecretStore): ResolvedSecrets {
  const values: Record<string, string> = {};
  for (const name of new Set(texts.flatMap(secretReferencesIn))) {
    let value: string | undefined;
    try {
      value = secrets.get(name);
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
    if (value === undefined)
      return { ok: false, error: `The secret "${name}" is not set: add it under Settings → Secrets.` };
    values[name] = value;
  }
  return { ok: true, values };
}

const SHORTEST_MASKED = 4;

/**
 * Text with every secret value (and its URL-encoded form) replaced by its name, for the step log:
 * a server that echoes a request, or an error quoting the URL, must not put a credential there.
 */
export function maskSecrets(text: string, values: Readonly<Record<string, string>>): string {
  let masked = text;
  const byLength = Object.entries(values).sort(([, a], [, b]) => b.length - a.length);
  for (const [name, value] of byLength) {
    if (value.length < SHORTEST_MASKED) continue;
    for (const form of new Set([value, encodeURIComponent(value)]))
      masked = masked.replaceAll(form, `[secret ${name}]`);
  }
  return masked;
}

/**
 * fetch refuses a URL with a user name and password (and quotes it in the error): they travel as
 * Basic authentication instead, unless the step sets its own Authorization header.
 */
export function moveUrlCredentials(
  url: string,
  headers: Record<string, string>,
): { url: string; credentials: string[] } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, credentials: [] };
  }
  if (parsed.username === '' && parsed.password === '') return { url, credentials: [] };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'authorization'))
    headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
  return { url: parsed.toString(), credentials: [user, password].filter((part) => part !== '') };
}
