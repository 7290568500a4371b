import { useSyncExternalStore } from 'react';

export type Route = { page: 'dashboard' } | { page: 'editor'; journeyId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/journeys\/([^/?#]+)/.exec(hash);
  if (match) return { page: 'editor', journeyId: decodeURIComponent(match[1]!) };
  return { page: 'dashboard' };
}

export function hrefFor(route: Route): string {
  return route.page === 'editor' ? `#/journeys/${encodeURIComponent(route.journeyId)}` : '#/';
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Hash routes work the same from app:// in Electron and from the browser host. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
