import { describe, expect, it } from 'vitest';
import { SendSchema, type Send } from '../../../shared/api-v1/journey-sends';
import { StateEntriesSchema, StateEntrySchema } from '../../../shared/api-v1/journey-state-entries';
import { createPublishHistory } from '../../../electron/services/journey-api/publish-history';
import { until } from '../../support/until';
import { expectProblem, journeyFile, useJourneyApiServer } from './support/journey-api-server';

const { serve } = useJourneyApiServer();

/** The welcome journey whose SMS reads the journey state: customers without an email get it. */
function smsJourneyFile() {
  const file = journeyFile();
  const templates = file.templates as { id: string; content: Record<string, unknown> }[];
  templates.find((template) => template.id === 'tpl_welcome_sms')!.content.body =
    'Welcome! Code {{ journey.state.code }}';
  return file;
}

/** A started journey on a server whose SMS go to the local outbox, with customers c-1..c-3 (phones, no email). */
async function startedJourney() {
  const server = await serve();
  const { serving, call } = server;
  await serving.core.dispatcher.dispatch('settings', 'set', { key: 'channels.sms.provider', value: 'local' });
  const customers = [1, 2, 3].map((n) => ({ customerId: `c-${n}`, phone: `+3460000000${n}` }));
  expect((await call('PUT', 'customers', { customers })).status).toBe(200);
  const { body: created } = await call('POST', 'journeys', { journeyFile: smsJourneyFile() });
  expect((await call('PUT', `journeys/${created.id}/start`)).status).toBe(200);
  const outbox = serving.core.context.store.db.prepare(
    'SELECT contact_id, rendered FROM outbox_messages ORDER BY contact_id',
  );
  const messages = () => outbox.all() as { contact_id: string; rendered: string }[];
  /** The send once the engine has enrolled (or kept out) each of its customers. */
  const finished = async (id: string): Promise<Send> => {
    let send: Send | undefined;
    const poll = async () => (send = SendSchema.parse((await call('GET', `journeys/${created.id}/sends/${id}`)).body));
    await poll();
    const started = Date.now();
    while (send!.status !== 'finished') {
      if (Date.now() - started > 10_000) throw new Error(`send ${id} not finished: ${JSON.stringify(send)}`);
      await poll();
    }
    return send!;
  };
  return { ...server, journeyId: created.id, messages, finished };
}

describe('journey API sends', () => {
  it('sends to a list: exactly those customers get the message; a replayed key enrols no one twice; re-entry keeps a customer out', async () => {
    const { serving, call, client, journeyId, messages, finished } = await startedJourney();
    expect((await call('POST', `journeys/${journeyId}/state`, { name: 'code', value: 'SPRING' })).status).toBe(201);
    const key = { 'Idempotency-Key': 'send-first' };
    const first = await call('POST', `journeys/${journeyId}/sends/list`, { customerIds: ['c-1', 'c-2', 'c-1'] }, key);
    expect(first.status).toBe(202);
    expect(SendSchema.parse(first.body)).toMatchObject({ audience: 'list', customers: 2, journeyId });
    const replay = await call('POST', `journeys/${journeyId}/sends/list`, { customerIds: ['c-1', 'c-2', 'c-1'] }, key);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(await finished(first.body.id)).toMatchObject({ enrolled: 2, skipped: 0, pending: 0 });
    await until(() => messages().length === 2, 10_000);
    expect(messages().map((message) => message.contact_id)).toEqual(['c-1', 'c-2']);
    expect(messages()[0]!.rendered).toContain('Welcome! Code SPRING');

    // Even when the answer was not kept (a crash before it was written), the engine's queue knows the key.
    serving.core.context.store.db.prepare('DELETE FROM api_idempotency WHERE client_id = ?').run(client.id);
    const again = await call('POST', `journeys/${journeyId}/sends/list`, { customerIds: ['c-1', 'c-2', 'c-1'] }, key);
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);

    // Re-entry "never": c-1 was in already; only c-3 enters.
    const second = await call('POST', `journeys/${journeyId}/sends/list`, { customerIds: ['c-1', 'c-3'] });
    expect(await finished(second.body.id)).toMatchObject({ customers: 2, enrolled: 1, skipped: 1 });
    await until(() => messages().length === 3, 10_000);
    expect(messages().map((message) => message.contact_id)).toEqual(['c-1', 'c-2', 'c-3']);
    const runs = serving.core.context.store.db.prepare('SELECT count(*) FROM engine_runs WHERE journey_id = ?').pluck();
    expect(runs.get(journeyId)).toBe(3);
  });

  it('refuses a list naming unknown customers with 422 naming each, and a journey not started with 409', async () => {
    const { call, journeyId } = await startedJourney();
    const unknown = expectProblem(
      await call('POST', `journeys/${journeyId}/sends/list`, { customerIds: ['c-1', 'nobody', 'c-2', 'ghost'] }),
      422,
    );
    expect(unknown.errors).toEqual([
      { path: 'customerIds[1]', message: 'No customer "nobody" on this server' },
      { path: 'customerIds[3]', message: 'No customer "ghost" on this server' },
    ]);
    const empty = expectProblem(await call('POST', `journeys/${journeyId}/sends/list`, { customerIds: [] }), 422);
    expect(empty.errors.map((issue) => issue.path)).toEqual(['customerIds']);
    const { body: draft } = await call('POST', 'journeys', { journeyFile: smsJourneyFile() });
    expect(expectProblem(await call('POST', `journeys/${draft.id}/sends/all`), 409).detail).toMatch(/draft.*start/);
    expectProblem(await call('POST', 'journeys/no-such-journey/sends/all'), 404);
    expectProblem(await call('GET', `journeys/${journeyId}/sends/no-such-send`), 404);
  });

  it('sends to a CSV file: its customers are upserted, then exactly they enrol; a refused value saves and sends nothing', async () => {
    const { serving, call, journeyId, messages, finished } = await startedJourney();
    const csv = { 'Content-Type': 'text/csv' };
    const refused = expectProblem(
      await call(
        'POST',
        `journeys/${journeyId}/sends/csv`,
        'customerId,phone,email\nc-9,+34600000009,\nc-10,,bad\n',
        csv,
      ),
      422,
    );
    expect(refused.errors.map((issue) => issue.path)).toContain('customers[1].email');
    expect(serving.core.context.store.contacts.find('c-9')).toBeUndefined();
    expect(serving.core.context.store.db.prepare('SELECT count(*) FROM engine_sends').pluck().get()).toBe(0);
    const sent = await call(
      'POST',
      `journeys/${journeyId}/sends/csv`,
      'customerId,phone\nc-9,+34600000009\nc-2,+34600000002\n',
      csv,
    );
    expect(sent.status).toBe(202);
    expect(await finished(sent.body.id)).toMatchObject({ audience: 'csv', customers: 2, enrolled: 2 });
    await until(() => messages().length === 2, 10_000);
    expect(messages().map((message) => message.contact_id)).toEqual(['c-2', 'c-9']);
    expect(serving.core.context.store.contacts.find('c-9')?.phone).toBe('+34600000009');
    expectProblem(await call('POST', `journeys/${journeyId}/sends/csv`, { customers: [] }), 415);
  });

  it('sends to all: every contact enrols once, as the re-entry rule allows', async () => {
    const { call, journeyId, messages, finished } = await startedJourney();
    const all = await call('POST', `journeys/${journeyId}/sends/all`);
    expect(all.status).toBe(202);
    expect(await finished(all.body.id)).toMatchObject({ audience: 'all', customers: 3, enrolled: 3 });
    await until(() => messages().length === 3, 10_000);
    const twice = await call('POST', `journeys/${journeyId}/sends/all`);
    expect(await finished(twice.body.id)).toMatchObject({ customers: 3, enrolled: 0, skipped: 3 });
  });
});

describe('journey state entity', () => {
  it('creates, reads, updates and deletes named values; a message sent after an update reads the new one', async () => {
    const { call, journeyId, messages, finished } = await startedJourney();
    const route = `journeys/${journeyId}/state`;
    const created = await call('POST', route, { name: 'code', value: 'SPRING' });
    expect(created.status).toBe(201);
    expect(StateEntrySchema.parse(created.body)).toMatchObject({
      name: 'code',
      value: 'SPRING',
      updatedBy: 'backend tests',
    });
    const taken = expectProblem(await call('POST', route, { name: 'code', value: 'X' }), 409);
    expect(taken.errors).toEqual([{ path: 'name', message: 'Already exists' }]);
    expect(expectProblem(await call('POST', route, { name: '1 bad', value: 1 }), 422).errors[0]!.path).toBe('name');
    expect(expectProblem(await call('POST', route, { name: 'novalue' }), 422).errors[0]!.path).toBe('value');
    const updated = await call('PUT', `${route}/code`, { value: 'SUMMER' });
    expect(updated.body).toMatchObject({ name: 'code', value: 'SUMMER' });
    expect(StateEntriesSchema.parse((await call('GET', route)).body).entries.map((entry) => entry.value)).toEqual([
      'SUMMER',
    ]);
    const send = await call('POST', `journeys/${journeyId}/sends/list`, { customerIds: ['c-1'] });
    await finished(send.body.id);
    await until(() => messages().length === 1, 10_000);
    expect(messages()[0]!.rendered).toContain('Code SUMMER');
    const deleted = await call('DELETE', `${route}/code`);
    expect(deleted.body).toMatchObject({ name: 'code', value: 'SUMMER' });
    expectProblem(await call('GET', `${route}/code`), 404);
    expectProblem(await call('PUT', `${route}/code`, { value: 1 }), 404);
    expectProblem(await call('DELETE', `${route}/code`), 404);
    expectProblem(await call('GET', 'journeys/no-such-journey/state'), 404);
  });
});

describe('publish history', () => {
  it('keeps each create, first start and publish of a journey with its version, time, client key and result', async () => {
    const { serving, call, journeyId } = await startedJourney();
    await call('POST', `journeys/${journeyId}/versions`, { baseVersion: 1, journeyFile: smsJourneyFile() });
    await call('POST', `journeys/${journeyId}/versions`, { baseVersion: 1, journeyFile: smsJourneyFile() });
    const history = createPublishHistory(serving.core.context.store.db).list(journeyId);
    expect(history.map(({ action, version, status, clientName }) => ({ action, version, status, clientName }))).toEqual(
      [
        { action: 'publish', version: null, status: 409, clientName: 'backend tests' },
        { action: 'publish', version: 2, status: 201, clientName: 'backend tests' },
        { action: 'start', version: 1, status: 200, clientName: 'backend tests' },
        { action: 'create', version: null, status: 201, clientName: 'backend tests' },
      ],
    );
    expect(history[0]!.result).toMatch(/Version 2 runs now/);
    expect(history[1]!.result).toBe('version 2 runs');
  });
});
