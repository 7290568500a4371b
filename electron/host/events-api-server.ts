import { http } from './node-http';
import type { AddressInfo } from 'node:net';
import type { AppCore } from '../services/app-services';
import { desktopPortOf } from '../services/events/events-service';
import type { BackgroundWorker } from '../services/runtime/background';
import { deliveryReportsDepsOf } from './delivery-reports-api';
import { createEventsApiHandler, isEventsApiPath, type EventsApiDeps } from './events-api';
import { checkRequestOrigin, SECURITY_HEADERS } from './security';

export interface EventsApiServer {
  port: number;
  close(): Promise<void>;
}

/**
 * The events API alone on its own port, for the desktop app (which has no HTTP host): 127.0.0.1
 * only, with the browser host's Host and Origin checks, and nothing else served.
 */
export async function startEventsApiServer(port: number, deps: EventsApiDeps): Promise<EventsApiServer> {
  const handle = createEventsApiHandler(deps);
  let boundPort = port;
  const server = http.createServer((req, res) => {
    const refusal = checkRequestOrigin(req, boundPort);
    const url = req.url ?? '/';
    if (refusal === null && isEventsApiPath(url)) return void handle(req, res);
    res.writeHead(refusal ? 403 : 404, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/problem+json; charset=utf-8',
    });
    res.end(
      JSON.stringify({
        type: `urn:journey-studio:problem:${refusal ? 'forbidden' : 'not-found'}`,
        title: refusal ? 'Forbidden' : 'No such endpoint',
        status: refusal ? 403 : 404,
        detail: refusal ?? 'Only the events API (/api/v1/events) is served on this port.',
        errors: [],
      }),
    );
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    port: boundPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Serves the events API on the port of the desktop setting (off when unset), and moves it when
 * the setting changes; a port that cannot be opened is reported and the app carries on.
 */
export function desktopEventsApi(
  core: Pick<AppCore, 'context' | 'events' | 'clock' | 'engineStore'>,
  onError: (error: unknown) => void,
): BackgroundWorker {
  return {
    name: 'desktop events API',
    start() {
      const deps: EventsApiDeps = {
        apiKeys: core.context.apiKeys,
        ingress: core.context.eventIngress,
        clock: core.clock,
        deliveryReports: deliveryReportsDepsOf(core),
      };
      let server: EventsApiServer | null = null;
      // Changes are applied one after another, so two quick changes never race for a port.
      let applying: Promise<void> = Promise.resolve();
      const apply = (port: number | null) => {
        applying = applying.then(async () => {
          if (server?.port === port) return;
          await server?.close();
          server = null;
          if (port === null) return;
          try {
            server = await startEventsApiServer(port, deps);
          } catch (error) {
            onError(error);
          }
        });
        return applying;
      };
      const unsubscribe = core.events.subscribe((event, payload) => {
        if (event === 'eventsApiChanged') void apply((payload as { desktopPort: number | null }).desktopPort);
      });
      void apply(desktopPortOf(core.context.store));
      return async () => {
        unsubscribe();
        await apply(null);
      };
    },
  };
}
