import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { splitPoint } from '../../../../electron/services/engine/executors/random-split';
import { WEBHOOK_RESPONSE_LIMIT } from '../../../../electron/services/engine/executors/webhook';
import { useTempDir } from '../../../support/temp-dir';
import { START, step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-flow-');
const connect = useEngineCores(tempDir);
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A loopback server answering with the queued statuses (200 once they run out). */
async function loopback(statuses: number[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      response.writeHead(statuses.shift() ?? 200, { 'Content-Type': 'text/plain' });
      response.end('x'.repeat(WEBHOOK_RESPONSE_LIMIT + 100));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe('flow steps', () => {
  it('condition reads the profile or the triggering event and logs the values it read', async () => {
    const e = connect();
    const yes = await e.smsTemplate('vip');
    const no = await e.smsTemplate('regular');
    await e.contact({ customerId: 'es', phone: '+34600000001', language: 'es' });
    await e.contact({ customerId: 'en', phone: '+34600000002', language: 'en' });
    await e.launch([
      eventEntry('order', 'lang'),
      step(
        'lang',
        'condition',
        {
          source: 'profile',
          filter: {
            combinator: 'and',
            groups: [{ combinator: 'and', rules: [{ field: 'language', operator: 'equals', value: 'es' }] }],
          },
        },
        { yes: 'total', no: 'm-no' },
      ),
      step(
        'total',
        'condition',
        {
          source: 'event',
          filter: {
            combinator: 'and',
            groups: [{ combinator: 'and', rules: [{ field: 'total', operator: 'greaterThan', value: 100 }] }],
          },
        },
        { yes: 'm-yes', no: 'm-no' },
      ),
      step('m-yes', 'message', { channel: 'sms', templateId: yes.id }, { next: 'exit' }),
      step('m-no', 'message', { channel: 'sms', templateId: no.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    await e.send('es', 'order', { total: 150 });
    await e.send('en', 'order', { total: 150 });
    expect(e.outbox().map((row) => [row.contact_id, row.node_id])).toEqual([
      ['es', 'm-yes'],
      ['en', 'm-no'],
    ]);
    const decisions = e.stepLog().filter((row) => row.node_id === 'lang' || row.node_id === 'total');
    expect(decisions.map((row) => [row.node_id, row.decision, row.detail.read])).toEqual([
      ['lang', 'yes', { language: 'es' }],
      ['total', 'yes', { total: 150 }],
      ['lang', 'no', { language: 'en' }],
    ]);
  });

  it('random paths are decided by a hash of contact and step: proportions hold and replays agree', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => splitPoint(`c${i}`, 'split'));
    const inA = points.filter((point) => point < 30).length;
    expect(inA).toBeGreaterThan(2800);
    expect(inA).toBeLessThan(3200);
    expect(splitPoint('c1', 'split')).toBe(points[1]);
    expect(splitPoint('c1', 'other')).not.toBe(points[1]);
  });

  it('random paths and profile updates run inside a journey', async () => {
    const e = connect();
    await e.contact({ customerId: 'a', phone: '+34600000001' });
    await e.launch([
      eventEntry('go', 'split'),
      step(
        'split',
        'randomSplit',
        {
          branches: [
            { id: 'a', label: 'A', percent: 50 },
            { id: 'b', label: 'B', percent: 50 },
          ],
        },
        { a: 'set', b: 'set' },
      ),
      step('set', 'updateProfile', { updates: [{ field: 'language', value: '{{ event.lang }}' }] }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    await e.send('a', 'go', { lang: 'fr' });
    expect((await e.client.contacts.get({ customerId: 'a' })).contact.language).toBe('fr');
    expect(e.stepLog().find((row) => row.node_id === 'split')?.detail).toMatchObject({
      branch: splitPoint('a', 'split') < 50 ? 'a' : 'b',
    });
  });

  it('webhooks render URL, headers and body, retry a 500 with the same Idempotency-Key, and store the response truncated', async () => {
    const server = await loopback([500, 200, 404]);
    const e = connect();
    await e.contact({ customerId: 'a', phone: '+34600000001' });
    await e.contact({ customerId: 'b', phone: '+34600000002' });
    await e.launch([
      eventEntry('go', 'hook'),
      step(
        'hook',
        'webhook',
        {
          method: 'POST',
          url: `${server.url}/orders/{{ event.orderId }}`,
          headers: [{ name: 'X-Customer', value: '{{ customer.customerId }}' }],
          bodyTemplate: '{"id":"{{ customer.customerId }}"}',
        },
        { success: 'ok', failure: 'bad' },
      ),
      step('ok', 'exit'),
      step('bad', 'exit'),
    ]);
    await e.send('a', 'go', { orderId: 'A1' });
    await e.advanceTo(START + 20_000); // the retry after 10 s succeeds
    await e.send('b', 'go', { orderId: 'B1' }); // 404: failure at once
    expect(server.received.map((r) => [r.method, r.url, r.headers['x-customer'], r.body])).toEqual([
      ['POST', '/orders/A1', 'a', '{"id":"a"}'],
      ['POST', '/orders/A1', 'a', '{"id":"a"}'],
      ['POST', '/orders/B1', 'b', '{"id":"b"}'],
    ]);
    const keys = server.received.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(e.runs().map((run) => run.node_id)).toEqual(['ok', 'bad']);
    const success = e.stepLog().find((row) => row.decision === 'webhook succeeded');
    expect((success?.detail.response as string).length).toBe(WEBHOOK_RESPONSE_LIMIT);
  });

  it('retargeting branches on a conversion within the window', async () => {
    const e = connect();
    for (const id of ['buyer', 'browser']) await e.contact({ customerId: id, phone: '+34600000001' });
    const journey = await e.launch([
      eventEntry('cart', 'rt'),
      step(
        'rt',
        'retarget',
        { conversionEvent: 'purchase', window: { amount: 3, unit: 'days' } },
        { converted: 'won', notConverted: 'lost' },
      ),
      step('won', 'exit'),
      step('lost', 'exit'),
    ]);
    await e.send('buyer', 'cart');
    await e.send('browser', 'cart');
    await e.advanceTo(START + 86_400_000);
    await e.send('buyer', 'purchase');
    await e.advanceTo(START + 4 * 86_400_000);
    expect(e.runs().map((run) => [run.contact_id, run.node_id])).toEqual([
      ['buyer', 'won'],
      ['browser', 'lost'],
    ]);
    expect(e.counters(journey.id)).toMatchObject({ 'rt.converted': 1 });
  });
});
