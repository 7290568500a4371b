import type { WebhookConfig } from '../model/nodes/webhook';
import { isSecretHeaderName, isSecretQueryName } from './secret-names';
import { removeSecretValues, secretValueKind } from './secret-values';

const NOT_EXPORTED = 'secrets are not exported.';
/** scheme://user:password@host — the user information ends at the last "@" before the path. */
const URL_CREDENTIALS = /^(\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*@)/;
/** scheme://host, kept apart so the host is never taken for a path segment. */
const URL_ORIGIN = /^\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;
/**
 * `"name": "value"`, `'name': 'value'`, `name=value` in a body: the value of a field named like a
 * credential. Values starting with `{` or `[` are objects or Liquid and are left to the value scan.
 */
const BODY_FIELD =
  /(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1(\s*)([:=])(\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,&;{}[\]"']+)/g;

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw;
  }
}

type Warn = (sentence: string) => void;

/**
 * Empties the values of name=value parameters (a query or a fragment such as `#access_token=…`)
 * that are named or look like credentials, and the whole part when it is one bare token.
 */
function redactParameters(part: string, where: string, step: string, warn: Warn): string {
  if (!part.includes('=')) {
    const kind = secretValueKind(decoded(part));
    if (kind === undefined) return part;
    warn(`The ${where} of step ${step} held ${kind} and was left empty`);
    return '';
  }
  return part
    .split('&')
    .map((parameter) => {
      const equals = parameter.indexOf('=');
      if (equals === -1) return parameter;
      const name = decoded(parameter.slice(0, equals));
      const value = decoded(parameter.slice(equals + 1));
      if (value === '') return parameter;
      const kind = isSecretQueryName(name) ? undefined : secretValueKind(value);
      if (!isSecretQueryName(name) && kind === undefined) return parameter;
      const label = `${where === 'URL' ? 'Query parameter' : 'Parameter'} ${JSON.stringify(name)} in the ${where} of step ${step}`;
      warn(kind === undefined ? `${label} was left empty` : `${label} held ${kind} and was left empty`);
      return parameter.slice(0, equals + 1);
    })
    .join('&');
}

/** Path segments that are tokens themselves (Slack's /services/T…/B…/<secret>) are emptied. */
function redactPath(path: string, step: string, warn: Warn): string {
  return path
    .split('/')
    .map((segment, index) => {
      const kind = segment === '' ? undefined : secretValueKind(decoded(segment));
      if (kind === undefined) return segment;
      warn(`Part ${index} of the URL path of step ${step} held ${kind} and was left empty`);
      return '';
    })
    .join('/');
}

/**
 * Works on the text rather than through URL, because a webhook URL may hold Liquid
 * ({{ order.id }}) that URL would encode.
 */
function redactUrl(raw: string, step: string, warn: Warn): string {
  let url = raw;
  if (URL_CREDENTIALS.test(url)) {
    url = url.replace(URL_CREDENTIALS, '$1');
    warn(`The user name and password in the URL of step ${step} were removed`);
  }
  const origin = URL_ORIGIN.exec(url)?.[0] ?? '';
  const hashStart = url.indexOf('#', origin.length);
  const beforeHash = hashStart === -1 ? url : url.slice(0, hashStart);
  const queryStart = beforeHash.indexOf('?', origin.length);
  const path = queryStart === -1 ? beforeHash.slice(origin.length) : beforeHash.slice(origin.length, queryStart);
  let result = origin + redactPath(path, step, warn);
  if (queryStart !== -1) result += `?${redactParameters(beforeHash.slice(queryStart + 1), 'URL', step, warn)}`;
  if (hashStart !== -1) result += `#${redactParameters(url.slice(hashStart + 1), 'URL fragment', step, warn)}`;
  return result;
}

function emptiedFieldValue(separator: string, value: string): string {
  if (value.startsWith('"')) return '""';
  if (value.startsWith("'")) return "''";
  return separator === ':' ? '""' : '';
}

/** Fields named like credentials lose their values; credential-shaped values anywhere are cut out. */
function redactBody(body: string, step: string, warn: Warn): string {
  const byName = body.replace(
    BODY_FIELD,
    (match, quote: string, name: string, before: string, separator: string, after: string, value: string) => {
      const unquoted = /^["']/.test(value) ? value.slice(1, -1) : value;
      if (unquoted === '' || !isSecretQueryName(name)) return match;
      warn(`Field ${JSON.stringify(name)} in the body of step ${step} was left empty`);
      return `${quote}${name}${quote}${before}${separator}${after}${emptiedFieldValue(separator, value)}`;
    },
  );
  const byShape = removeSecretValues(byName);
  for (const kind of byShape.kinds) warn(`The body of step ${step} held ${kind}, which was removed`);
  return byShape.text;
}

/**
 * A webhook's settings with its credentials left out, judged by name and by shape, and one warning
 * per value left out naming `step` (quoted): header values whose names look secret (Authorization,
 * Cookie, X-Api-Key, X-Hub-Signature…) or whose values look like credentials (Bearer …, known key
 * formats, long random tokens); user names and passwords in URLs; query and fragment parameters
 * named or shaped like credentials; tokens in the URL path; and credential fields and values in
 * the body.
 */
export function redactWebhookConfig(
  config: WebhookConfig,
  step: string,
): { config: WebhookConfig; warnings: string[] } {
  const warnings: string[] = [];
  const warn: Warn = (sentence) => warnings.push(`${sentence}: ${NOT_EXPORTED}`);
  const headers = config.headers.map((header) => {
    if (header.value === '') return header;
    if (isSecretHeaderName(header.name)) {
      warn(`Header ${JSON.stringify(header.name)} of step ${step} was left empty`);
      return { ...header, value: '' };
    }
    const kind = secretValueKind(header.value);
    if (kind === undefined) return header;
    warn(`Header ${JSON.stringify(header.name)} of step ${step} held ${kind} and was left empty`);
    return { ...header, value: '' };
  });
  const url = redactUrl(config.url, step, warn);
  const bodyTemplate = redactBody(config.bodyTemplate, step, warn);
  return { config: { ...config, headers, url, bodyTemplate }, warnings };
}
