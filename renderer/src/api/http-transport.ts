// Named files, not the contract's index: the transport is made before the app's schemas are built.
import { ApiError, type Envelope } from '../../../shared/contract/api-error';
import type { Transport } from '../../../shared/contract/client';
import type { DownloadEnvelope } from '../../../shared/contract/define';
import { authorizationHeaders } from './token';

type Listener = (payload: unknown) => void;

const UNAUTHORIZED_MESSAGE =
  'This tab is not connected to a running Journey Studio. Open the link printed by "journey-studio serve" (it carries a new token each launch).';

async function readEnvelope(response: Response): Promise<Envelope> {
  const text = await response.text();
  try {
    return JSON.parse(text) as Envelope;
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `The server answered ${response.status} without a readable body.` },
    };
  }
}

const UNREACHABLE: Envelope = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: 'Journey Studio is not reachable. Is "journey-studio serve" still running?' },
};

/** The name a download is saved under: the UTF-8 filename* of Content-Disposition, else filename. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!);
    } catch {
      // A malformed encoding: the plain filename below is the next best.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Parses a text/event-stream body into (event, data) pairs. */
function createEventStreamParser(onEvent: (event: string, data: string) => void) {
  let buffer = '';
  return (chunk: string) => {
    buffer += chunk;
    let boundary = buffer.indexOf('\n\n');
    while (boundary >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length) onEvent(event, data.join('\n'));
      boundary = buffer.indexOf('\n\n');
    }
  };
}

/** In a browser: JSON over HTTP to the local host, events over one server-sent-events stream. */
export function createHttpTransport(
  baseUrl: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
): Transport {
  const listeners = new Map<string, Set<Listener>>();
  let streamAbort: AbortController | null = null;

  function dispatch(event: string, data: string) {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }

  async function openStream(abort: AbortController) {
    let delay = 500;
    while (!abort.signal.aborted) {
      try {
        const response = await fetchImpl(new URL('api/events', baseUrl), {
          headers: authorizationHeaders(token),
          signal: abort.signal,
        });
        if (response.status === 401 || !response.body) return;
        delay = 500;
        const parse = createEventStreamParser(dispatch);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parse(value);
        }
      } catch {
        if (abort.signal.aborted) return;
      }
      // The server went away (restart, sleep); try again with a growing pause.
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }

  /** POSTs to /api/<kind>/<service>/<method>; null when the server cannot be reached. */
  async function post(kind: string, service: string, method: string, type: string, body: BodyInit) {
    try {
      return await fetchImpl(new URL(`api/${kind}/${service}/${method}`, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': type, ...authorizationHeaders(token) },
        body,
      });
    } catch {
      return null;
    }
  }

  async function answer(response: Response | null): Promise<Envelope> {
    if (response === null) return UNREACHABLE;
    if (response.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED', message: UNAUTHORIZED_MESSAGE } };
    return readEnvelope(response);
  }

  return {
    host: 'browser',
    async invoke(service, method, input) {
      if (!token) throw new ApiError('UNAUTHORIZED', UNAUTHORIZED_MESSAGE);
      // No body means no input, which optional inputs accept; JSON null would not be.
      const body = input === undefined ? '' : JSON.stringify(input);
      return answer(await post('call', service, method, 'application/json', body));
    },
    async upload(service, method, file) {
      if (!token) throw new ApiError('UNAUTHORIZED', UNAUTHORIZED_MESSAGE);
      return answer(await post('upload', service, method, 'application/octet-stream', file));
    },
    async download(service, method, input): Promise<DownloadEnvelope> {
      if (!token) throw new ApiError('UNAUTHORIZED', UNAUTHORIZED_MESSAGE);
      const response = await post('download', service, method, 'application/json', JSON.stringify(input ?? {}));
      if (response === null || !response.ok) return (await answer(response)) as DownloadEnvelope;
      const fileName = fileNameOf(response.headers.get('Content-Disposition'), `${method}.download`);
      return { ok: true, value: { fileName, blob: await response.blob() } };
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      if (!streamAbort && token) {
        streamAbort = new AbortController();
        void openStream(streamAbort);
      }
      return () => {
        set.delete(listener);
        const anyLeft = [...listeners.values()].some((s) => s.size > 0);
        if (!anyLeft && streamAbort) {
          streamAbort.abort();
          streamAbort = null;
        }
      };
    },
  };
}
