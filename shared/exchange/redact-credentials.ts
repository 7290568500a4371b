import type { WebhookConfig } from '../model/nodes/webhook';
import { isSecretHeaderName, isSecretQueryName } from './secret-names';

const NOT_EXPORTED = 'secrets are not exported.';
/** scheme://user:password@host — the user information ends at the last "@" before the path. */
const URL_CREDENTIALS = /^(\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*@)/;

function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw;
  }
}

/**
 * Empties the values of query parameters named like credentials. Works on the text rather than
 * through URL, because a webhook URL may hold Liquid ({{ order.id }}) that URL would encode.
 */
function redactQuery(url: string): { url: string; names: string[] } {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return { url, names: [] };
  const hashStart = url.indexOf('#', queryStart);
  const queryEnd = hashStart === -1 ? url.length : hashStart;
  const names: string[] = [];
  const parameters = url
    .slice(queryStart + 1, queryEnd)
    .split('&')
    .map((parameter) => {
      const equals = parameter.indexOf('=');
      if (equals === -1 || equals === parameter.length - 1) return parameter;
      const name = parameter.slice(0, equals);
      if (!isSecretQueryName(decodedName(name))) return parameter;
      names.push(decodedName(name));
      return `${name}=`;
    });
  return { url: url.slice(0, queryStart + 1) + parameters.join('&') + url.slice(queryEnd), names };
}

/**
 * A webhook's settings with its credentials left out, and one warning per value left out naming
 * `step` (quoted): header values whose names look secret, user information in the URL, and query
 * parameters named like credentials.
 */
export function redactWebhookConfig(
  config: WebhookConfig,
  step: string,
): { config: WebhookConfig; warnings: string[] } {
  const warnings: string[] = [];
  const headers = config.headers.map((header) => {
    if (header.value === '' || !isSecretHeaderName(header.name)) return header;
    warnings.push(`Header ${JSON.stringify(header.name)} of step ${step} was left empty: ${NOT_EXPORTED}`);
    return { ...header, value: '' };
  });
  let url = config.url;
  if (URL_CREDENTIALS.test(url)) {
    url = url.replace(URL_CREDENTIALS, '$1');
    warnings.push(`The user name and password in the URL of step ${step} were removed: ${NOT_EXPORTED}`);
  }
  const query = redactQuery(url);
  for (const name of query.names) {
    warnings.push(`Query parameter ${JSON.stringify(name)} in the URL of step ${step} was left empty: ${NOT_EXPORTED}`);
  }
  return { config: { ...config, headers, url: query.url }, warnings };
}
