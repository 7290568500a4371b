import { useSyncExternalStore } from 'react';
import { CHANNEL_IDS, type Channel } from '../../../shared/model/channel';

/**
 * What the editor opens on besides the journey: a frozen version (read-only), or a step to bring
 * into view with the problems panel open (the dashboard's "Fix").
 */
export interface EditorFocus {
  version?: number;
  focus?: string;
  problems?: boolean;
}

export type Route =
  | { page: 'dashboard' }
  | ({ page: 'editor'; journeyId: string } & EditorFocus)
  | { page: 'templates' }
  /** With guidedJourneyId: opened from an event card, previewing with that event's sample data. */
  | { page: 'template'; templateId: string; guidedJourneyId?: string; eventKey?: string }
  | { page: 'contacts' }
  | { page: 'fields' }
  | { page: 'outbox'; messageId?: string }
  /** `channel`: Settings → Channels, scrolled to that channel's provider. */
  | { page: 'settings'; channel?: Channel }
  /** Guided Mode: a new journey, or the wizard of one it made (with fix: at its first incomplete card). */
  | { page: 'guided'; journeyId?: string; fix?: boolean }
  | { page: 'quick' };

function editorFocusOf(query: string): EditorFocus {
  const params = new URLSearchParams(query);
  const focus: EditorFocus = {};
  const version = Number(params.get('version'));
  if (Number.isInteger(version) && version > 0) focus.version = version;
  const node = params.get('focus');
  if (node) focus.focus = node;
  if (params.get('problems') === '1') focus.problems = true;
  return focus;
}

function editorQuery({ version, focus, problems }: EditorFocus): string {
  const params = new URLSearchParams();
  if (version !== undefined) params.set('version', String(version));
  if (focus !== undefined) params.set('focus', focus);
  if (problems) params.set('problems', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function parseRoute(hash: string): Route {
  const journey = /^#\/journeys\/([^/?#]+)(?:\?([^#]*))?/.exec(hash);
  if (journey)
    return { page: 'editor', journeyId: decodeURIComponent(journey[1]!), ...editorFocusOf(journey[2] ?? '') };
  const template = /^#\/templates\/([^/?#]+)(?:\?([^#]*))?/.exec(hash);
  if (template) {
    const params = new URLSearchParams(template[2] ?? '');
    const guidedJourneyId = params.get('journey');
    const eventKey = params.get('event');
    return {
      page: 'template',
      templateId: decodeURIComponent(template[1]!),
      ...(guidedJourneyId && eventKey ? { guidedJourneyId, eventKey } : {}),
    };
  }
  if (/^#\/templates\/?$/.test(hash)) return { page: 'templates' };
  if (/^#\/contacts\/?$/.test(hash)) return { page: 'contacts' };
  if (/^#\/settings\/fields\/?$/.test(hash)) return { page: 'fields' };
  const outboxMessage = /^#\/outbox\/([^/?#]+)/.exec(hash);
  if (outboxMessage) return { page: 'outbox', messageId: decodeURIComponent(outboxMessage[1]!) };
  if (/^#\/outbox\/?$/.test(hash)) return { page: 'outbox' };
  const channel = /^#\/settings\/channels\/([a-z]+)\/?$/.exec(hash)?.[1];
  if (channel !== undefined && (CHANNEL_IDS as readonly string[]).includes(channel))
    return { page: 'settings', channel: channel as Channel };
  if (/^#\/settings\/?$/.test(hash)) return { page: 'settings' };
  const guided = /^#\/guided(?:\/([^/?#]+))?\/?(?:\?([^#]*))?$/.exec(hash);
  if (guided) {
    const fix = new URLSearchParams(guided[2] ?? '').get('fix') === '1';
    return guided[1] === undefined
      ? { page: 'guided' }
      : { page: 'guided', journeyId: decodeURIComponent(guided[1]), ...(fix ? { fix } : {}) };
  }
  if (/^#\/quick\/?$/.test(hash)) return { page: 'quick' };
  return { page: 'dashboard' };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'editor':
      return `#/journeys/${encodeURIComponent(route.journeyId)}${editorQuery(route)}`;
    case 'template': {
      const from =
        route.guidedJourneyId && route.eventKey
          ? `?${new URLSearchParams({ journey: route.guidedJourneyId, event: route.eventKey }).toString()}`
          : '';
      return `#/templates/${encodeURIComponent(route.templateId)}${from}`;
    }
    case 'templates':
      return '#/templates';
    case 'contacts':
      return '#/contacts';
    case 'fields':
      return '#/settings/fields';
    case 'outbox':
      return route.messageId === undefined ? '#/outbox' : `#/outbox/${encodeURIComponent(route.messageId)}`;
    case 'settings':
      return route.channel === undefined ? '#/settings' : `#/settings/channels/${route.channel}`;
    case 'guided':
      if (route.journeyId === undefined) return '#/guided';
      return `#/guided/${encodeURIComponent(route.journeyId)}${route.fix ? '?fix=1' : ''}`;
    case 'quick':
      return '#/quick';
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
