/**
 * The browser host's per-launch access token, as both sides spell it: printed in the URL's
 * fragment (`#token=…`, never sent to a server or kept in history by the browser), then sent
 * with every API request as a bearer token.
 */
const FRAGMENT = /^#token=([A-Za-z0-9_-]+)/;
const BEARER = 'Bearer ';

/** The address to open: the page's URL with the token in its fragment. */
export function urlWithToken(url: string, token: string): string {
  return `${url}#token=${token}`;
}

/** The token from a location's hash, or null when it carries none. */
export function tokenFromFragment(hash: string): string | null {
  return FRAGMENT.exec(hash)?.[1] ?? null;
}

/** The Authorization header value for a token. */
export function bearer(token: string): string {
  return `${BEARER}${token}`;
}

/** The token of an Authorization header, or null when it is not a bearer token. */
export function tokenFromBearer(header: string | undefined): string | null {
  return header?.startsWith(BEARER) ? header.slice(BEARER.length) : null;
}
