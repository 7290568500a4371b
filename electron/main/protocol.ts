import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../host/security';
import { APP_HOST, APP_SCHEME } from './app-url';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const BASE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Must run before the app is ready: Chromium fixes scheme privileges at startup. "standard"
 * gives app:// real origins and relative URL resolution, "secure" makes it a secure context
 * (crypto.subtle, no mixed-content downgrade), supportFetchAPI lets the renderer fetch() its
 * own assets.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Maps a URL path to a file under root, or null when the path tries to leave root. Any ".."
 * segment is refused outright rather than normalised: URL parsing already removed the plain
 * ones, so one that survives was smuggled in encoded ("..%2f") and is never a real link.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split(/[/\\]+/).filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..')) return null;
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

async function readFileIfExists(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? await fs.readFile(file) : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built renderer. Unknown extensionless paths get index.html so client-side routes
 * survive a reload; a missing file with an extension is a real 404, because answering a lost
 * script with HTML only produces a confusing MIME error.
 */
export function createAppProtocolHandler(
  rendererRoot: string,
): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  const root = path.resolve(rendererRoot);
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (url.host.toLowerCase() !== APP_HOST) return textResponse(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');

    const requested = resolveInside(root, url.pathname);
    if (requested === null) return textResponse(404, 'Not found');

    const indexFile = path.join(root, 'index.html');
    let file = requested;
    let body = requested === root ? null : await readFileIfExists(requested);
    if (body === null) {
      const extension = path.extname(requested).toLowerCase();
      if (requested !== root && extension !== '' && extension !== '.html') return textResponse(404, 'Not found');
      file = indexFile;
      body = await readFileIfExists(indexFile);
      if (body === null) {
        return textResponse(503, 'The Journey Studio interface has not been built. Run "npm run build" first.');
      }
    }

    const headers = {
      ...BASE_HEADERS,
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
}
