import type { IncomingMessage, ServerResponse } from 'node:http';
import { http } from './node-http';
import type { AddressInfo } from 'node:net';
import { ApiError, urlWithToken, type ApiErrorCode, type Envelope } from '../../shared/contract/index';
import type { AppCore } from '../services/app-services';
import { MAX_UPLOAD_BYTES } from '../services/import/uploads';
import { uploadBody } from './upload';
import { readJsonBody } from './read-body';
import { newAccessToken, tokenMatches } from './access-token';
import { checkRequestOrigin, hasMediaType, SECURITY_HEADERS } from './security';
import { createEventsApiHandler, isEventsApiPath, type EventsApiDeps } from './events-api';
import { serveStatic } from './static-files';

export interface HostOptions {
  core: Pick<AppCore, 'dispatcher' | 'events'>;
  staticDir: string;
  /** Largest accepted upload; 1 GiB unless a test says otherwise. */
  maxUploadBytes?: number;
  port?: number;
  token?: string;
  /** Serves the events API (/api/v1/…, authorised by the API key instead of the token) when given. */
  eventsApi?: EventsApiDeps;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  /** The line scripts and tests look for. */
  readyLine: string;
  close(): Promise<void>;
}

const STATUS_OF: Record<ApiErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  INVALID_JOURNEY: 422,
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
  DAMAGED: 500,
  INTERNAL: 500,
};

/** /api/<kind>/<service>/<method>: the kind of method (see shared/contract/define.ts) picks how the body is read. */
const METHOD_PATH = /^\/api\/(call|upload|download)\/([A-Za-z][A-Za-z0-9]{0,63})\/([A-Za-z][A-Za-z0-9]{0,63})$/;

const UNSERIALISABLE: Envelope = {
  ok: false,
  error: { code: 'INTERNAL', message: 'The answer could not be written as JSON.' },
};

/**
 * The body is serialised before the status goes out: once headers are written a failure could
 * only end in a success status with an empty body.
 */
function sendJson(res: ServerResponse, status: number, body: Envelope): void {
  let text: string;
  let sentStatus = status;
  try {
    text = JSON.stringify(body);
  } catch {
    text = JSON.stringify(UNSERIALISABLE);
    sentStatus = STATUS_OF.INTERNAL;
  }
  res.writeHead(sentStatus, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(res, STATUS_OF[error.code], { ok: false, error: error.toPayload() });
}

/** Serves the renderer and the whole contract on 127.0.0.1, behind a per-launch token. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newAccessToken();
  const { dispatcher, events } = options.core;
  const maxUploadBytes = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const streams = new Set<ServerResponse>();
  let port = 0;
  const handleEventsApi = options.eventsApi ? createEventsApiHandler(options.eventsApi) : null;

  function requireType(req: IncomingMessage, type: string, what: string): void {
    if (!hasMediaType(req, type)) throw new ApiError('BAD_INPUT', `${what} must send Content-Type: ${type}.`);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse, service: string, method: string) {
    // A form post cannot set this type, which closes the last cross-site path a missing Origin would leave.
    requireType(req, 'application/json', 'API calls');
    const input = await readJsonBody(req);
    const envelope = await dispatcher.dispatch(service, method, input);
    sendJson(res, envelope.ok ? 200 : STATUS_OF[envelope.error.code], envelope);
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse, service: string, method: string) {
    requireType(req, 'application/octet-stream', 'Uploads');
    const envelope = await dispatcher.upload(service, method, uploadBody(req, maxUploadBytes));
    if (envelope.ok) return sendJson(res, 200, envelope);
    // Thrown, so an oversized body still being sent gets its connection closed.
    throw ApiError.fromPayload(envelope.error);
  }

  async function handleDownload(req: IncomingMessage, res: ServerResponse, service: string, method: string) {
    requireType(req, 'application/json', 'Downloads');
    const envelope = await dispatcher.download(service, method, (await readJsonBody(req)) ?? {});
    if (!envelope.ok) return sendJson(res, STATUS_OF[envelope.error.code], envelope);
    const { fileName, mediaType, chunks } = envelope.value;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mediaType,
      'Content-Disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'no-store',
    });
    let closed = false;
    res.on('close', () => (closed = true));
    for await (const chunk of chunks) {
      if (closed) break;
      // Waits for the client to take each chunk: memory stays at one page however large the file.
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
    }
    res.end();
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = events.subscribe((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const refusal = checkRequestOrigin(req, port);
    if (refusal) return sendError(res, new ApiError('FORBIDDEN', refusal));
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendError(res, new ApiError('BAD_INPUT', 'Only GET is served here.'));
      return serveStatic(options.staticDir, url, res);
    }
    if (handleEventsApi && isEventsApiPath(url)) return handleEventsApi(req, res);
    if (!tokenMatches(token, req.headers.authorization)) {
      return sendError(
        res,
        new ApiError(
          'UNAUTHORIZED',
          'This call needs the token printed when Journey Studio started (Authorization: Bearer …).',
        ),
      );
    }
    if (url === '/api/events' && req.method === 'GET') return handleEvents(req, res);
    const match = METHOD_PATH.exec(url);
    if (!match) return sendError(res, new ApiError('UNKNOWN_METHOD', `There is no API at ${url.slice(0, 200)}.`));
    if (req.method !== 'POST') throw new ApiError('BAD_INPUT', 'API calls must use POST.');
    const [, kind, service, method] = match as unknown as [string, 'call' | 'upload' | 'download', string, string];
    if (kind === 'upload') return handleUpload(req, res, service, method);
    if (kind === 'download') return handleDownload(req, res, service, method);
    await handleCall(req, res, service, method);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', 'The request failed unexpectedly.');
      if (!res.headersSent) sendError(res, apiError);
      else res.end();
      // An oversized body is abandoned half-read; closing the connection stops the client from sending the rest.
      if (apiError.code === 'TOO_LARGE') req.socket.destroySoon?.();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    port,
    token,
    readyLine: `Journey Studio running at ${urlWithToken(url, token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
