import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/security';
import {
  createAppProtocolHandler,
  handleAppProtocol,
  registerAppScheme,
  resolveInside,
} from '../../../electron/main/protocol';
import { createFakeElectron } from '../../__mocks__/electron';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../__mocks__/electron'));

const tempDir = useTempDir('journey-studio-protocol-');
const INDEX = '<!doctype html><title>Journey Studio</title>';

describe('app:// scheme', () => {
  it('is registered privileged as standard, secure and fetchable', () => {
    const { protocol } = createFakeElectron();
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is handled by the renderer file server', () => {
    const { protocol } = createFakeElectron();
    handleAppProtocol(protocol, '/nowhere');
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });
});

describe('createAppProtocolHandler', () => {
  let root: string;
  let serve: ReturnType<typeof createAppProtocolHandler>;
  const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

  beforeEach(() => {
    const dir = tempDir();
    root = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), INDEX);
    fs.writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log("app")');
    fs.writeFileSync(path.join(root, 'assets', 'app-1234.css'), 'body{}');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'TOP SECRET');
    serve = createAppProtocolHandler(root);
  });

  it('serves index.html at / with the CSP and an HTML content type', async () => {
    const response = await get('app://journey-studio/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(INDEX);
  });

  it('serves built assets with their content types and the CSP', async () => {
    const script = await get('app://journey-studio/assets/app-1234.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('console.log("app")');
    const style = await get('app://journey-studio/assets/app-1234.css?v=2');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each(['app://journey-studio/journeys/abc', 'app://journey-studio/settings/', 'app://journey-studio/assets'])(
    'falls back to index.html for the unknown route %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toBe(INDEX);
    },
  );

  it('answers a missing asset with 404 rather than HTML', async () => {
    const response = await get('app://journey-studio/assets/gone-9999.js');
    expect(response.status).toBe(404);
  });

  it.each([
    'app://journey-studio/..%2fsecret.txt',
    'app://journey-studio/..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://journey-studio/assets/..%2f..%2fsecret.txt',
    'app://journey-studio/..%5csecret.txt',
    'app://journey-studio/%2e%2e%2fsecret.txt',
    'app://journey-studio/foo%00.html',
    'app://journey-studio/%E0%A4%A',
  ])('refuses %s (traversal or undecodable) with 404', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('TOP SECRET');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside the root even when the URL parser normalised the dots', async () => {
    const response = await get('app://journey-studio/../secret.txt');
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('refuses other hosts and methods other than GET/HEAD', async () => {
    expect((await get('app://someone-else/index.html')).status).toBe(404);
    expect((await get('app://journey-studio/index.html', 'POST')).status).toBe(405);
    const head = await get('app://journey-studio/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('says the interface is not built when index.html is missing', async () => {
    fs.rmSync(path.join(root, 'index.html'));
    const response = await get('app://journey-studio/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});

describe('resolveInside', () => {
  it('maps paths under the root and refuses ones that leave it', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveInside(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
    expect(resolveInside(root, '/')).toBe(root);
    expect(resolveInside(root, '/a/../../b')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/b')).toBeNull();
    expect(resolveInside(root, '/%zz')).toBeNull();
    // Even a smuggled ".." that would land back inside is refused: no real link contains one.
    expect(resolveInside(root, '/assets/..%2findex.html')).toBeNull();
  });
});
