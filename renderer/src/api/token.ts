import { bearer, tokenFromFragment } from '../../../shared/contract/access-token';

const STORAGE_KEY = 'journey-studio.token';

/**
 * The browser host's token for this tab, and the only place the page keeps it. The printed URL
 * ends in #token=…; the token is moved into session storage and out of the address bar so it is
 * neither bookmarked nor shown, and survives reloads of this tab.
 */
export function takeTokenFromLocation(location: Location, history: History, storage: Storage): string | null {
  const token = tokenFromFragment(location.hash);
  if (token !== null) {
    storage.setItem(STORAGE_KEY, token);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    return token;
  }
  return storage.getItem(STORAGE_KEY);
}

/** The headers that prove a request comes from a page that was given the token. */
export function authorizationHeaders(token: string | null): Record<string, string> {
  return { Authorization: bearer(token ?? '') };
}
