import type { IncomingMessage } from 'node:http';

/**
 * Scripts only from our own files; styles may be inline because the canvas positions nodes with
 * style attributes. Remote images are allowed because the email preview (a sandboxed frame without
 * scripts, which inherits this policy) can show them when the user turns them on; its own policy
 * blocks them otherwise.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

export function allowedHosts(port: number): Set<string> {
  return new Set(LOOPBACK_HOSTS.map((host) => `${host}:${port}`));
}

/**
 * A DNS-rebinding page reaches us with its own name in Host; a cross-site page sends its Origin.
 * Both are refused before anything else is looked at.
 */
export function checkRequestOrigin(req: IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port);
  // Node keeps only the first of repeated Host headers; a proxy or cache in between may use the
  // last one, so a request carrying two names cannot be trusted to mean either.
  const hostHeaders = req.headersDistinct.host ?? [];
  if (hostHeaders.length > 1) return `A request must carry one Host header, not ${hostHeaders.length}`;
  const host = req.headers.host;
  if (!host || !hosts.has(host.toLowerCase()))
    return `Host "${host ?? ''}" is not allowed; use http://127.0.0.1:${port}/`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    let originHost: string;
    try {
      const parsed = new URL(origin);
      originHost = parsed.protocol === 'http:' ? parsed.host : '';
    } catch {
      originHost = '';
    }
    if (!hosts.has(originHost.toLowerCase())) return `Requests from origin "${origin}" are not allowed`;
  } else if (origin === 'null') {
    return 'Requests from an opaque origin are not allowed';
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'Cross-site requests are not allowed';
  return null;
}

/**
 * True when the request's Content-Type is exactly `mediaType`, parameters (`; charset=utf-8`)
 * aside: a prefix test would let `application/jsonfoo` or `application/json-patch+json` through.
 */
export function hasMediaType(req: IncomingMessage, mediaType: string): boolean {
  const header = req.headers['content-type'];
  if (header === undefined) return false;
  const essence = header.split(';', 1)[0]!.trim().toLowerCase();
  return essence === mediaType;
}
