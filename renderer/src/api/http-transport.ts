import { ApiError, type Envelope, type Transport } from '../../../shared/contract/index';

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
          headers: { Authorization: `Bearer ${token ?? ''}` },
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

  return {
    async invoke(service, method, input) {
      if (!token) throw new ApiError('UNAUTHORIZED', UNAUTHORIZED_MESSAGE);
      let response: Response;
      try {
        response = await fetchImpl(new URL(`api/call/${service}/${method}`, baseUrl), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          // No body means no input, which optional inputs accept; JSON null would not be.
          body: input === undefined ? '' : JSON.stringify(input),
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'UNAVAILABLE',
            message: 'Journey Studio is not reachable. Is "journey-studio serve" still running?',
          },
        };
      }
      if (response.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED', message: UNAUTHORIZED_MESSAGE } };
      return readEnvelope(response);
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
