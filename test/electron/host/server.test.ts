import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { useRunningHost } from '../../support/running-host';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const startTestHost = useRunningHost(tempDir);

/** fetch() forbids setting Host, so DNS-rebinding requests are made with node:http. */
function rawRequest(
  port: number,
  options: http.RequestOptions,
  body?: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, ...options }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

describe('browser host', () => {
  it('prints the ready line with URL and token, bound to 127.0.0.1', async () => {
    const { host } = await startTestHost();
    expect(host.readyLine).toMatch(/^Journey Studio running at http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{20,}$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  it('runs the contract end to end over HTTP', async () => {
    const { call } = await startTestHost();
    const created = await call('journeys', 'create', { name: 'Delivered' });
    expect(created.status).toBe(200);
    const body = await created.json();
    expect(body).toMatchObject({ ok: true, value: { revision: 1, journey: { name: 'Delivered', status: 'draft' } } });
    const listed = await (await call('journeys', 'list', {})).json();
    expect(listed.value.map((j: { name: string }) => j.name)).toEqual(['Delivered']);
  });

  it('refuses API calls without the right token', async () => {
    const { host, call } = await startTestHost();
    const missing = await fetch(`${host.url}api/call/journeys/list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await call('journeys', 'list', {}, { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    const events = await fetch(`${host.url}api/events`);
    expect(events.status).toBe(401);
  });

  it('refuses foreign Host headers (DNS rebinding) and cross-site origins', async () => {
    const { host, call } = await startTestHost();
    const rebound = await rawRequest(host.port, { path: '/', headers: { Host: `evil.example:${host.port}` } });
    expect(rebound.status).toBe(403);
    const reboundApi = await rawRequest(
      host.port,
      {
        path: '/api/call/journeys/list',
        method: 'POST',
        headers: {
          Host: `attacker.test:${host.port}`,
          Authorization: `Bearer ${host.token}`,
          'Content-Type': 'application/json',
        },
      },
      '{}',
    );
    expect(reboundApi.status).toBe(403);
    expect(JSON.parse(reboundApi.body).error.code).toBe('FORBIDDEN');

    expect((await call('journeys', 'list', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('journeys', 'list', {}, { Origin: 'null' })).status).toBe(403);
    expect((await call('journeys', 'list', {}, { Origin: `http://localhost:${host.port}` })).status).toBe(200);
    expect((await call('journeys', 'list', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('answers bad input with typed errors and stays up', async () => {
    const { host, call } = await startTestHost();
    const wrongType = await call('journeys', 'create', { name: 42 });
    expect(wrongType.status).toBe(400);
    const wrongTypeBody = await wrongType.json();
    expect(wrongTypeBody.error).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'name' }] });

    const unknown = await call('journeys', 'explode', {});
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('UNKNOWN_METHOD');

    const badJson = await fetch(`${host.url}api/call/journeys/list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: '{"unterminated',
    });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.message).toMatch(/not valid JSON/);

    const formPost = await fetch(`${host.url}api/call/journeys/list`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(formPost.status).toBe(400);

    const notFound = await call('journeys', 'get', { id: 'missing' });
    expect(notFound.status).toBe(404);
    expect((await notFound.json()).error.code).toBe('NOT_FOUND');

    expect((await call('journeys', 'list', {})).status).toBe(200);
  });

  it('refuses an oversized body quickly instead of buffering it', async () => {
    const { host, call } = await startTestHost();
    const big = 'x'.repeat(17 * 1024 * 1024);
    const started = Date.now();
    const response = await fetch(`${host.url}api/call/journeys/create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ name: big }),
    }).catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(10_000);
    if (response instanceof Response) {
      expect(response.status).toBe(413);
      expect((await response.json()).error.code).toBe('TOO_LARGE');
    }
    // Either way the server keeps serving.
    expect((await call('journeys', 'list', {})).status).toBe(200);
  });

  it('serves the renderer with a strict CSP and never from outside its folder', async () => {
    const { host } = await startTestHost();
    const index = await fetch(host.url);
    expect(index.status).toBe(200);
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');

    const deepLink = await fetch(`${host.url}journeys/abc`);
    expect(await deepLink.text()).toContain('<title>Journey Studio</title>');
    const traversal = await rawRequest(host.port, { path: '/../../../../etc/passwd' });
    expect(traversal.body).toContain('<title>Journey Studio</title>');
    const encoded = await rawRequest(host.port, { path: '/%2e%2e/%2e%2e/etc/passwd' });
    expect(encoded.body).not.toContain('root:');
    const asset = await fetch(`${host.url}assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
  });

  it('streams contract events to subscribers', async () => {
    const { host, call } = await startTestHost();
    const controller = new AbortController();
    const response = await fetch(`${host.url}api/events`, {
      headers: { Authorization: `Bearer ${host.token}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read(); // the ": connected" comment
    await call('journeys', 'create', { name: 'Evented' });
    let text = '';
    while (!text.includes('\n\n')) text += (await reader.read()).value ?? '';
    expect(text).toMatch(/^event: journeyChanged\ndata: \{"id":"[^"]+","change":"created","revision":1\}/);
    controller.abort();
  });
});
