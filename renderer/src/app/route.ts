import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'dashboard' }
  | { page: 'editor'; journeyId: string }
  | { page: 'templates' }
  | { page: 'template'; templateId: string }
  | { page: 'contacts' }
  | { page: 'fields' };

export function parseRoute(hash: string): Route {
  const journey = /^#\/journeys\/([^/?#]+)/.exec(hash);
  if (journey) return { page: 'editor', journeyId: decodeURIComponent(journey[1]!) };
  const template = /^#\/templates\/([^/?#]+)/.exec(hash);
  if (template) return { page: 'template', templateId: decodeURIComponent(template[1]!) };
  if (/^#\/templates\/?$/.test(hash)) return { page: 'templates' };
  if (/^#\/contacts\/?$/.test(hash)) return { page: 'contacts' };
  if (/^#\/settings\/fields\/?$/.test(hash)) return { page: 'fields' };
  return { page: 'dashboard' };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'editor':
      return `#/journeys/${encodeURIComponent(route.journeyId)}`;
    case 'template':
      return `#/templates/${encodeURIComponent(route.templateId)}`;
    case 'templates':
      return '#/templates';
    case 'contacts':
      return '#/contacts';
    case 'fields':
      return '#/settings/fields';
    case 'dashboard':
      return '#/';
  }
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
