import type { APIRequestContext } from '@playwright/test';
import type { ServedApp } from './server';

/** Calls the app's API the way the renderer does; for seeding and for checking what was stored. */
export async function callApi<T = unknown>(
  request: APIRequestContext,
  app: ServedApp,
  service: string,
  method: string,
  input?: unknown,
): Promise<T> {
  const response = await request.post(`${app.baseUrl}api/call/${service}/${method}`, {
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    data: input === undefined ? '' : JSON.stringify(input),
  });
  const envelope = await response.json();
  if (!envelope.ok) throw new Error(`${service}.${method} failed: ${envelope.error.message}`);
  return envelope.value as T;
}

/** Sends one event through the events API as a shop system would, with a fresh key; answers the HTTP status. */
export async function postEvent(request: APIRequestContext, app: ServedApp, event: unknown): Promise<number> {
  const { key } = await callApi<{ key: string }>(request, app, 'eventsApi', 'regenerateKey', {});
  const posted = await fetch(`${app.baseUrl}api/v1/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify(event),
  });
  return posted.status;
}
