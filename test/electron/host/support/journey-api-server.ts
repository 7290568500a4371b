import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ProblemSchema } from '../../../../shared/api-v1/journeys';
import { createClientKeys } from '../../../../electron/services/journey-api/client-keys';
import { useServing } from '../../../support/serving';

/** A JSON answer: a journey's state, a result or a problem. */
export type Reply = { id: string; status: string } & Record<string, unknown>;

/** The welcome journey as a .journey.json version: an event entry, email or SMS, re-entry never. */
export const journeyFile = () =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../../fixtures/exchange/v1-welcome.journey.json'), 'utf8'),
  ) as Record<string, unknown>;

export function expectProblem(answer: { status: number; headers: Headers; body: unknown }, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return ProblemSchema.parse(answer.body);
}

/**
 * `journey-studio serve` (in this process, on a real SQLite file and the bundled engine worker),
 * with a client key made as `api-key create` does, and `call` to use the journey API over HTTP.
 * Each call gets a fresh Idempotency-Key unless the headers give one (or undefined to send none).
 */
export function useJourneyApiServer() {
  const startServed = useServing();

  async function serve() {
    const serving = await startServed();
    const { context } = serving.core;
    const clients = createClientKeys(context.store.db, context.now, context.newId);
    const client = clients.create('backend tests');
    let counter = 0;
    const call = async (
      method: string,
      route: string,
      body?: unknown,
      headers: Record<string, string | undefined> = {},
    ) => {
      const sent: Record<string, string> = {
        Authorization: `Bearer ${client.key}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(method === 'GET' ? {} : { 'Idempotency-Key': `key-${++counter}` }),
      };
      for (const [name, value] of Object.entries(headers)) {
        if (value === undefined) delete sent[name];
        else sent[name] = value;
      }
      const response = await fetch(`${serving.host.url}api/v1/${route}`, {
        method,
        headers: sent,
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      // Every answer of this API, success or problem, has a JSON body.
      return { status: response.status, headers: response.headers, body: (await response.json()) as Reply };
    };
    return { serving, clients, client, call };
  }

  return { serve, journeyFile };
}
