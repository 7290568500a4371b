const STORAGE_KEY = 'journey-studio.token';

/**
 * The browser host prints a URL ending in #token=…; the token is moved into session storage and out
 * of the address bar so it is neither bookmarked nor shown, and survives reloads of this tab.
 */
export function takeTokenFromLocation(location: Location, history: History, storage: Storage): string | null {
  const match = /^#token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match) {
    storage.setItem(STORAGE_KEY, match[1]!);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    return match[1]!;
  }
  return storage.getItem(STORAGE_KEY);
}
