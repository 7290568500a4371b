import { stepDisplayName, type Journey, type JourneyNode } from '../model/index';
import { isSecretHeaderName, isSecretQueryName } from './secret-names';

export interface Redacted {
  journey: Journey;
  /** One sentence per value left out, naming the step, so the user knows what to fill in again. */
  warnings: string[];
}

const NOT_EXPORTED = 'secrets are not exported.';
/** scheme://user:password@host — the user information ends at the last "@" before the path. */
const URL_CREDENTIALS = /^(\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*@)/;

function stepName(node: JourneyNode): string {
  return JSON.stringify(stepDisplayName(node));
}

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

function redactNode(node: JourneyNode, warnings: string[]): JourneyNode {
  if (node.kind !== 'webhook') return node;
  const step = stepName(node);
  const headers = node.config.headers.map((header) => {
    if (header.value === '' || !isSecretHeaderName(header.name)) return header;
    warnings.push(`Header ${JSON.stringify(header.name)} of step ${step} was left empty: ${NOT_EXPORTED}`);
    return { ...header, value: '' };
  });
  let url = node.config.url;
  if (URL_CREDENTIALS.test(url)) {
    url = url.replace(URL_CREDENTIALS, '$1');
    warnings.push(`The user name and password in the URL of step ${step} were removed: ${NOT_EXPORTED}`);
  }
  const query = redactQuery(url);
  for (const name of query.names) {
    warnings.push(`Query parameter ${JSON.stringify(name)} in the URL of step ${step} was left empty: ${NOT_EXPORTED}`);
  }
  return { ...node, config: { ...node.config, headers, url: query.url } };
}

/**
 * A journey with the credentials of its webhook steps left out: header values whose names look
 * secret (Authorization, Cookie, X-Api-Key, anything with auth, token, secret, key, password…),
 * user names and passwords in URLs, and query parameters named like credentials.
 */
export function redactWebhookSecrets(journey: Journey): Redacted {
  const warnings: string[] = [];
  const nodes = journey.nodes.map((node) => redactNode(node, warnings));
  return { journey: { ...journey, nodes }, warnings };
}
