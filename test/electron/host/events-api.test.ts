import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { useServing } from '../../support/serving';

const startServed = useServing();

/** `journey-studio serve` as the CLI starts it, on a real SQLite file, with a key created as Settings → API does. */
async function serve() {
  const serving = await startServed();
  const { key } = serving.core.context.apiKeys.regenerate();
  const url = (route: string) => `${serving.host.url}api/v1/${route}`;
  const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url(route), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const rows = () =>
    serving.core.context.store.db
      .prepare('SELECT id, customer_id, name, properties, occurred_at, source FROM engine_events ORDER BY rowid')
      .all() as { id: string; customer_id: string; name: string; properties: string; occurred_at: number }[];
  return { serving, key, url, post, rows };
}

describe('events API', () => {
  it('accepts an event with 202 and its id, records it, and upserts the customer fields first', async () => {
    const { serving, post, rows } = await serve();
    const response = await post('events', {
      customerId: 'c-1',
      name: 'order.shipped',
      properties: { orderId: 'A-17' },
      occurredAt: '2026-05-01T10:00:00+02:00',
      customer: { email: 'ada@example.com', language: 'en' },
    });
    expect(response.status).toBe(202);
    const body = await response.json();
    expect(body).toEqual({ accepted: true, eventId: expect.any(String), duplicate: false });
    expect(rows()).toEqual([
      {
        id: body.eventId,
        customer_id: 'c-1',
        name: 'order.shipped',
        properties: '{"orderId":"A-17"}',
        occurred_at: Date.parse('2026-05-01T08:00:00Z'),
        source: 'api',
      },
    ]);
    expect(serving.core.context.store.contacts.find('c-1')).toMatchObject({ email: 'ada@example.com' });
  });

  it('tells the engine when events are recorded; a failing listener does not fail the request', async () => {
    const { serving, post, rows } = await serve();
    let told = 0;
    serving.core.context.onEventsRecorded(() => {
      throw new Error('listener broke');
    });
    const stopTelling = serving.core.context.onEventsRecorded(() => told++);
    expect((await post('events', { customerId: 'c-1', name: 'x' })).status).toBe(202);
    expect(told).toBe(1);
    stopTelling();
    expect((await post('events', { customerId: 'c-1', name: 'y' })).status).toBe(202);
    expect(told).toBe(1);
    expect(rows()).toHaveLength(2);
  });

  it('answers 400 with problem details naming each field at fault', async () => {
    const { post, rows } = await serve();
    const response = await post('events', { name: '', properties: [], occurredAt: 'yesterday', colour: 'red' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await response.json();
    expect(problem).toMatchObject({ type: expect.any(String), title: expect.any(String), status: 400 });
    expect(problem.errors.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'colour',
      'customerId',
      'name',
      'occurredAt',
      'properties',
    ]);
    expect(problem.detail).toContain('customerId');
    const badCustomer = await post('events', { customerId: 'c-1', name: 'x', customer: { email: 'nope' } });
    expect(badCustomer.status).toBe(400);
    expect((await badCustomer.json()).errors).toEqual([{ path: 'customer.email', message: expect.any(String) }]);
    const notJson = await post('events', '{"customerId":');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).detail).toMatch(/not valid JSON/);
    expect(rows()).toEqual([]);
  });

  it('answers 401 without the key, with a wrong key, with the page token, and with a key that was regenerated', async () => {
    const { serving, post, rows } = await serve();
    const event = { customerId: 'c-1', name: 'x' };
    const missing = await post('events', event, { Authorization: '' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await missing.json()).toMatchObject({ status: 401, title: expect.any(String), detail: expect.any(String) });
    expect((await post('events', event, { Authorization: 'Bearer jsk_wrong' })).status).toBe(401);
    expect((await post('events', event, { Authorization: `Bearer ${serving.host.token}` })).status).toBe(401);
    const { key: newKey } = serving.core.context.apiKeys.regenerate();
    expect((await post('events', event)).status).toBe(401);
    expect((await post('events', event, { Authorization: `Bearer ${newKey}` })).status).toBe(202);
    expect(rows()).toHaveLength(1);
  });

  it('says when no key has been made yet', async () => {
    const { serving, post } = await serve();
    serving.core.context.store.db.prepare("DELETE FROM settings WHERE key = 'eventsApi.key'").run();
    const response = await post('events', { customerId: 'c-1', name: 'x' });
    expect(response.status).toBe(401);
    expect((await response.json()).detail).toMatch(/No API key has been made yet/);
  });

  it('does not open the rest of the API to the key', async () => {
    const { serving, key } = await serve();
    const response = await fetch(`${serving.host.url}api/call/journeys/list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it('answers 413 for a body over 1 MiB, declared or streamed', async () => {
    const { post, key, serving, rows } = await serve();
    const big = JSON.stringify({ customerId: 'c-1', name: 'x', properties: { text: 'a'.repeat(1024 * 1024) } });
    const declared = await post('events', big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ status: 413 });
    // Chunked, without Content-Length: refused once the bytes read pass the limit.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: serving.host.port,
          path: '/api/v1/events',
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let sent = 0; sent < big.length; sent += 64 * 1024) req.write(big.slice(sent, sent + 64 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
    expect(rows()).toEqual([]);
  });

  it('accepts a repeated idempotency key once and answers the same event id', async () => {
    const { post, rows } = await serve();
    const event = { customerId: 'c-1', name: 'order.paid', idempotencyKey: 'order-17-paid' };
    const first = await (await post('events', event)).json();
    const second = await post('events', event);
    expect(second.status).toBe(202);
    expect(await second.json()).toEqual({ accepted: true, eventId: first.eventId, duplicate: true });
    expect(rows()).toHaveLength(1);
  });

  it('takes a batch and answers per event: good ones recorded, bad ones named by their index', async () => {
    const { post, rows } = await serve();
    const response = await post('events:batch', {
      events: [
        { customerId: 'c-1', name: 'a', idempotencyKey: 'k-1' },
        { customerId: 'c-2' },
        { customerId: 'c-3', name: 'c', customer: { email: 'nope' } },
        { customerId: 'c-4', name: 'd', idempotencyKey: 'k-1' },
      ],
    });
    expect(response.status).toBe(202);
    const body = await response.json();
    expect(body.accepted).toBe(2);
    expect(body.refused).toBe(2);
    expect(body.results[0]).toEqual({ accepted: true, eventId: expect.any(String), duplicate: false });
    expect(body.results[1]).toEqual({
      accepted: false,
      errors: [{ path: 'events[1].name', message: expect.any(String) }],
    });
    expect(body.results[2]).toEqual({
      accepted: false,
      errors: [{ path: 'events[2].customer.email', message: expect.any(String) }],
    });
    expect(body.results[3]).toEqual({ accepted: true, eventId: body.results[0].eventId, duplicate: true });
    expect(rows().map((row) => row.customer_id)).toEqual(['c-1']);
  });

  it('refuses a batch over 1,000 events, an empty one, and one where no event is valid', async () => {
    const { post, rows } = await serve();
    const many = Array.from({ length: 1001 }, (_, index) => ({ customerId: `c-${index}`, name: 'x' }));
    const tooMany = await post('events:batch', { events: many });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).errors).toEqual([{ path: 'events', message: expect.stringMatching(/1000/) }]);
    expect((await post('events:batch', { events: [] })).status).toBe(400);
    const none = await post('events:batch', { events: [{ name: 'x' }] });
    expect(none.status).toBe(400);
    expect((await none.json()).errors).toEqual([{ path: 'events[0].customerId', message: expect.any(String) }]);
    const thousand = await post('events:batch', { events: many.slice(0, 1000) });
    expect(thousand.status).toBe(202);
    expect((await thousand.json()).accepted).toBe(1000);
    expect(rows()).toHaveLength(1000);
  });

  it('keeps the host protections: foreign Host refused, JSON required, POST only', async () => {
    const { serving, post, url, key } = await serve();
    const foreign = await new Promise<number>((resolve, reject) => {
      http
        .request(
          {
            host: '127.0.0.1',
            port: serving.host.port,
            path: '/api/v1/events',
            method: 'POST',
            headers: { Host: 'evil.example:80', 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        )
        .on('error', reject)
        .end('{"customerId":"c","name":"x"}');
    });
    expect(foreign).toBe(403);
    expect((await post('events', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    // The media type must be JSON itself, not a type whose name merely starts with it.
    for (const type of ['application/jsonfoo', 'application/json-patch+json', 'application/json5']) {
      const refused = await post('events', { customerId: 'c', name: 'x' }, { 'Content-Type': type });
      expect(refused.status, type).toBe(415);
      expect((await refused.json()).detail).toBe('Send Content-Type: application/json.');
    }
    const withCharset = await post(
      'events',
      { customerId: 'c', name: 'x' },
      { 'Content-Type': 'application/json; charset=utf-8' },
    );
    expect(withCharset.status).toBe(202);
    const get = await fetch(url('events'), { headers: { Authorization: `Bearer ${key}` } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await post('nothing-here', {})).status).toBe(404);
  });
});
