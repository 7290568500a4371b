import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { useRunningHost } from '../../support/running-host';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const startTestHost = useRunningHost(tempDir);

/**
 * Writes an HTTP/1.1 request byte for byte over a socket: neither fetch nor node:http can send
 * a Host header twice. Resolves with the status line and body once the server closes.
 */
function rawHttp(port: number, head: string[], body = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    const lines = [...head, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close', '', body];
    socket.write(lines.join('\r\n'));
  });
}

describe('browser host request checks', () => {
  it('refuses a request with two Host headers, even when the first is ours', async () => {
    const { host } = await startTestHost();
    const call = (hosts: string[]) =>
      rawHttp(
        host.port,
        [
          'POST /api/call/journeys/list HTTP/1.1',
          ...hosts.map((name) => `Host: ${name}`),
          `Authorization: Bearer ${host.token}`,
          'Content-Type: application/json',
        ],
        '{}',
      );

    const twice = await call([`127.0.0.1:${host.port}`, `evil.example:${host.port}`]);
    expect(twice.status).toBe(403);
    expect(twice.body).toContain('one Host header');

    const sameTwice = await call([`127.0.0.1:${host.port}`, `127.0.0.1:${host.port}`]);
    expect(sameTwice.status).toBe(403);

    const once = await call([`127.0.0.1:${host.port}`]);
    expect(once.status).toBe(200);
  });

  it('takes API calls and exports only as application/json, not a type that merely starts with it', async () => {
    const { host, call } = await startTestHost();
    for (const type of ['application/jsonfoo', 'application/json-patch+json', 'application/json5', 'text/plain']) {
      const response = await call('journeys', 'list', {}, { 'Content-Type': type });
      expect(response.status, type).toBe(400);
      expect((await response.json()).error.message).toContain('Content-Type: application/json');
    }
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      expect((await call('journeys', 'list', {}, { 'Content-Type': type })).status, type).toBe(200);
    }

    const exported = await fetch(`${host.url}api/download/contacts/exportCsv`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/jsonx', Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(exported.status).toBe(400);
  });

  it('takes uploads only as application/octet-stream', async () => {
    const { host } = await startTestHost();
    const upload = (type: string) =>
      fetch(`${host.url}api/upload/imports/upload`, {
        method: 'POST',
        headers: { 'Content-Type': type, Authorization: `Bearer ${host.token}` },
        body: 'customerId\n1\n',
      });
    const lookalike = await upload('application/octet-streamy');
    expect(lookalike.status).toBe(400);
    expect((await lookalike.json()).error.message).toContain('application/octet-stream');
    expect((await upload('application/octet-stream')).status).toBe(200);
  });
});
