import type { WebhookConfig } from '../model/nodes/webhook';
import { isSecretReferenceOnly } from '../secrets/secret-references';
import { isSecretHeaderName, isSecretQueryName } from './secret-names';
import { findSecretValues, secretValueKind } from './secret-values';

const NOT_EXPORTED = 'secrets are not exported.';
/** scheme://user:password@host — the user information ends at the last "@" before the path. */
const URL_CREDENTIALS = /^(\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)@/;
/** scheme://host, kept apart so the host is never taken for a path segment. */
const URL_ORIGIN = /^\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;
/**
 * `"name": "value"`, `'name': 'value'`, `name=value` in a body: the value of a field named like a
 * credential. Values starting with `{` or `[` are objects or Liquid and are left to the value scan.
 */
const BODY_FIELD =
  /(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1(\s*)([:=])(\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,&;{}[\]"']+)/g;
const LIQUID = /\{\{|\{%/;

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw;
  }
}

/**
 * What becomes of one credential found in a webhook's settings: its replacement text, or null to
 * keep it as written. `value` is the text as it stands in the setting (URL-encoded in a URL).
 */
export type CredentialReplacer = (value: string) => string | null;

type Warn = (sentence: string) => void;

interface Walk {
  replace: CredentialReplacer;
  warn: Warn;
  step: string;
}

/**
 * Replaces the values of name=value parameters (a query or a fragment such as `#access_token=…`)
 * that are named or look like credentials, and the whole part when it is one bare token.
 */
function walkParameters(part: string, where: string, walk: Walk): string {
  const { step, warn } = walk;
  if (!part.includes('=')) {
    const kind = secretValueKind(decoded(part));
    if (kind === undefined) return part;
    const replacement = walk.replace(part);
    if (replacement === null) return part;
    warn(`The ${where} of step ${step} held ${kind} and was left empty`);
    return replacement;
  }
  return part
    .split('&')
    .map((parameter) => {
      const equals = parameter.indexOf('=');
      if (equals === -1) return parameter;
      const name = decoded(parameter.slice(0, equals));
      const raw = parameter.slice(equals + 1);
      const value = decoded(raw);
      if (value === '') return parameter;
      const kind = isSecretQueryName(name) ? undefined : secretValueKind(value);
      if (!isSecretQueryName(name) && kind === undefined) return parameter;
      const replacement = walk.replace(raw);
      if (replacement === null) return parameter;
      const label = `${where === 'URL' ? 'Query parameter' : 'Parameter'} ${JSON.stringify(name)} in the ${where} of step ${step}`;
      warn(kind === undefined ? `${label} was left empty` : `${label} held ${kind} and was left empty`);
      return parameter.slice(0, equals + 1) + replacement;
    })
    .join('&');
}

/** Path segments that are tokens themselves (Slack's /services/T…/B…/<secret>). */
function walkPath(path: string, walk: Walk): string {
  return path
    .split('/')
    .map((segment, index) => {
      const kind = segment === '' ? undefined : secretValueKind(decoded(segment));
      if (kind === undefined) return segment;
      const replacement = walk.replace(segment);
      if (replacement === null) return segment;
      walk.warn(`Part ${index} of the URL path of step ${walk.step} held ${kind} and was left empty`);
      return replacement;
    })
    .join('/');
}

/**
 * Works on the text rather than through URL, because a webhook URL may hold Liquid
 * ({{ order.id }}) that URL would encode.
 */
function walkUrl(raw: string, walk: Walk): string {
  let url = raw;
  const credentials = URL_CREDENTIALS.exec(url);
  if (credentials !== null) {
    const replacement = walk.replace(credentials[2]!);
    if (replacement !== null) {
      url = credentials[1]! + (replacement === '' ? '' : `${replacement}@`) + url.slice(credentials[0].length);
      walk.warn(`The user name and password in the URL of step ${walk.step} were removed`);
    }
  }
  const origin = URL_ORIGIN.exec(url)?.[0] ?? '';
  const hashStart = url.indexOf('#', origin.length);
  const beforeHash = hashStart === -1 ? url : url.slice(0, hashStart);
  const queryStart = beforeHash.indexOf('?', origin.length);
  const path = queryStart === -1 ? beforeHash.slice(origin.length) : beforeHash.slice(origin.length, queryStart);
  let result = origin + walkPath(path, walk);
  if (queryStart !== -1) result += `?${walkParameters(beforeHash.slice(queryStart + 1), 'URL', walk)}`;
  if (hashStart !== -1) result += `#${walkParameters(url.slice(hashStart + 1), 'URL fragment', walk)}`;
  return result;
}

/** Fields named like credentials, then credential-shaped values anywhere. */
function walkBody(body: string, walk: Walk): string {
  const { step, warn } = walk;
  const byName = body.replace(
    BODY_FIELD,
    (match, quote: string, name: string, before: string, separator: string, after: string, value: string) => {
      const quoted = /^["']/.test(value);
      const unquoted = quoted ? value.slice(1, -1) : value;
      if (unquoted === '' || !isSecretQueryName(name)) return match;
      const replacement = walk.replace(unquoted);
      if (replacement === null) return match;
      warn(`Field ${JSON.stringify(name)} in the body of step ${step} was left empty`);
      const open = quoted ? value[0]! : separator === ':' && replacement === '' ? '"' : '';
      return `${quote}${name}${quote}${before}${separator}${after}${open}${replacement}${open}`;
    },
  );
  let result = '';
  let from = 0;
  for (const span of findSecretValues(byName)) {
    const replacement = walk.replace(byName.slice(span.start, span.end));
    if (replacement === null) continue;
    warn(`The body of step ${step} held ${span.kind}, which was removed`);
    result += byName.slice(from, span.start) + replacement;
    from = span.end;
  }
  return result + byName.slice(from);
}

/**
 * Walks a webhook's settings for credentials, judged by name and by shape, and puts `replace`'s
 * answer in place of each (null keeps it), with one sentence per replaced value naming `step`:
 * header values whose names look secret (Authorization, Cookie, X-Api-Key, X-Hub-Signature…) or
 * whose values look like credentials (Bearer …, known key formats, long random tokens); user
 * names and passwords in URLs; query and fragment parameters named or shaped like credentials;
 * tokens in the URL path; and credential fields and values in the body.
 */
export function replaceWebhookCredentials(
  config: WebhookConfig,
  step: string,
  replace: CredentialReplacer,
): { config: WebhookConfig; replaced: string[] } {
  const replaced: string[] = [];
  const walk: Walk = { replace, warn: (sentence) => replaced.push(sentence), step };
  const headers = config.headers.map((header) => {
    if (header.value === '') return header;
    if (isSecretHeaderName(header.name)) {
      const replacement = replace(header.value);
      if (replacement === null) return header;
      walk.warn(`Header ${JSON.stringify(header.name)} of step ${step} was left empty`);
      return { ...header, value: replacement };
    }
    const kind = secretValueKind(header.value);
    if (kind === undefined) return header;
    const replacement = replace(header.value);
    if (replacement === null) return header;
    walk.warn(`Header ${JSON.stringify(header.name)} of step ${step} held ${kind} and was left empty`);
    return { ...header, value: replacement };
  });
  const url = walkUrl(config.url, walk);
  const bodyTemplate = walkBody(config.bodyTemplate, walk);
  return { config: { ...config, headers, url, bodyTemplate }, replaced };
}

/**
 * A webhook's settings with its credentials left out (see replaceWebhookCredentials), and one
 * warning per value left out naming `step` (quoted). A value that is nothing but references to
 * stored secrets (`Bearer {{ secrets.crm }}`) is kept: it holds no secret, and the journey
 * works again wherever a secret of that name is set.
 */
export function redactWebhookConfig(
  config: WebhookConfig,
  step: string,
): { config: WebhookConfig; warnings: string[] } {
  const { config: redacted, replaced } = replaceWebhookCredentials(config, step, (value) =>
    isSecretReferenceOnly(decoded(value)) ? null : '',
  );
  return { config: redacted, warnings: replaced.map((sentence) => `${sentence}: ${NOT_EXPORTED}`) };
}

/** Whether a found credential is written out (no Liquid in it), so it can be moved into the secret store. */
export function isLiteralCredential(value: string): boolean {
  return !LIQUID.test(value);
}
