import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppCore } from '../services/app-services';
import { deliveryReportEvent } from '../services/engine/delivery-reports';
import type { EngineStore } from '../services/engine/engine-store';
import type { EventIngress } from '../services/engine/event-ingress';
import type { Clock } from '../services/ports/clock';
import type { DeliveryReport } from '../services/providers/provider';
import { parseJson } from '../services/providers/http/provider-json';
import {
  twilioDeliveryReport,
  twilioSignatureMatches,
  TWILIO_STATUS_PATH,
} from '../services/providers/twilio/twilio-status';
import {
  whatsAppDeliveryReports,
  whatsAppSignatureMatches,
  WHATSAPP_STATUS_PATH,
} from '../services/providers/whatsapp-cloud/whatsapp-status';
import { SECURITY_HEADERS } from './security';

/** Where Settings → Channels keeps the secrets the reports are checked with. */
export const DELIVERY_REPORT_SECRETS = {
  twilioAuthToken: 'provider.sms.authToken',
  whatsAppAppSecret: 'provider.whatsapp.appSecret',
  whatsAppVerifyToken: 'provider.whatsapp.webhookVerifyToken',
} as const;

export interface DeliveryReportCredentials {
  twilioAuthToken: string | null;
  whatsAppAppSecret: string | null;
  whatsAppVerifyToken: string | null;
  /** The public address providers call this API at (a tunnel), when it is not the Host they send. */
  publicBaseUrl: string | null;
}

export interface DeliveryReportsDeps {
  /** Read for each report: a secret replaced in Settings applies to the next report. */
  credentials(): DeliveryReportCredentials;
  engineStore: Pick<EngineStore, 'attemptByKey'>;
  ingress: EventIngress;
  clock: Pick<Clock, 'now'>;
}

const MAX_REPORT_BYTES = 256 * 1024;

export function isDeliveryReportPath(path: string): boolean {
  return path === TWILIO_STATUS_PATH || path === WHATSAPP_STATUS_PATH;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

function readRawBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REPORT_BYTES) {
        reject(new Refusal(413, 'The report is too large', `A delivery report is at most ${MAX_REPORT_BYTES} bytes.`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function firstHeader(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  const first = (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();
  return first ? first : null;
}

function answer(res: ServerResponse, status: number, body?: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Cache-Control': 'no-store',
    ...(body === undefined ? {} : { 'Content-Type': type }),
  });
  res.end(body);
}

/**
 * Status callbacks from Twilio and status webhooks from WhatsApp, on the local API. Each is
 * authenticated by the provider's signature (X-Twilio-Signature with the auth token,
 * X-Hub-Signature-256 with the app secret), turned into `message.delivered` / `message.failed`
 * events through the same ingest as every event; a report heard twice counts once.
 */
export function createDeliveryReportsHandler(deps: DeliveryReportsDeps) {
  function record(reports: readonly DeliveryReport[]): number {
    const now = deps.clock.now();
    const events = reports.flatMap((report) => {
      const event = deliveryReportEvent(deps.engineStore, report, now);
      return event === null ? [] : [event];
    });
    if (events.length > 0) deps.ingress.ingest(events);
    return events.length;
  }

  async function twilio(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') throw new Refusal(405, 'Use POST', `${TWILIO_STATUS_PATH} accepts POST only.`);
    const { twilioAuthToken, publicBaseUrl } = deps.credentials();
    if (twilioAuthToken === null)
      throw new Refusal(403, 'Not set up', 'No Twilio auth token is set up in Settings → Channels → SMS.');
    const params = new URLSearchParams((await readRawBody(req)).toString('utf8'));
    const signature = String(req.headers['x-twilio-signature'] ?? '');
    // Twilio signs the URL it called: the public address when there is one, the address a tunnel
    // forwarded from (it rewrites Host to this one), or this host's. Each still needs the token.
    const path = req.url ?? '';
    const forwardedHost = firstHeader(req, 'x-forwarded-host');
    const called = [
      publicBaseUrl === null ? null : publicBaseUrl.replace(/\/+$/, '') + path,
      forwardedHost === null ? null : `${firstHeader(req, 'x-forwarded-proto') ?? 'https'}://${forwardedHost}${path}`,
      `http://${req.headers.host}${path}`,
    ];
    if (
      !called.some(
        (candidate) => candidate !== null && twilioSignatureMatches(twilioAuthToken, candidate, params, signature),
      )
    )
      throw new Refusal(403, 'Bad signature', 'X-Twilio-Signature does not match this request and the auth token.');
    const key = url.searchParams.get('key');
    if (key === null || key === '') throw new Refusal(400, 'No key', 'The callback URL names no message (key=…).');
    const report = twilioDeliveryReport(key, params);
    if (report !== null) record([report]);
    answer(res, 204);
  }

  async function whatsApp(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { whatsAppAppSecret, whatsAppVerifyToken } = deps.credentials();
    if (req.method === 'GET') {
      // The Meta app's webhook setup: echo the challenge when the verify token matches.
      const token = url.searchParams.get('hub.verify_token');
      if (
        url.searchParams.get('hub.mode') !== 'subscribe' ||
        whatsAppVerifyToken === null ||
        token !== whatsAppVerifyToken
      )
        throw new Refusal(
          403,
          'Not verified',
          'hub.verify_token does not match the webhook verify token in Settings → Channels → WhatsApp.',
        );
      return answer(res, 200, url.searchParams.get('hub.challenge') ?? '');
    }
    if (req.method !== 'POST')
      throw new Refusal(405, 'Use GET or POST', `${WHATSAPP_STATUS_PATH} accepts GET and POST.`);
    if (whatsAppAppSecret === null)
      throw new Refusal(403, 'Not set up', 'No WhatsApp app secret is set up in Settings → Channels → WhatsApp.');
    const raw = await readRawBody(req);
    const signature = req.headers['x-hub-signature-256'];
    if (!whatsAppSignatureMatches(whatsAppAppSecret, raw, typeof signature === 'string' ? signature : undefined))
      throw new Refusal(403, 'Bad signature', 'X-Hub-Signature-256 does not match this body and the app secret.');
    const payload = parseJson(raw.toString('utf8'));
    if (payload === undefined) throw new Refusal(400, 'Not JSON', 'The webhook body is not JSON.');
    record(whatsAppDeliveryReports(payload));
    answer(res, 200, 'ok');
  }

  /** Serves one report; never rejects (a refusal is answered as a problem). */
  return async function handleDeliveryReport(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      await (url.pathname === TWILIO_STATUS_PATH ? twilio(req, res, url) : whatsApp(req, res, url));
    } catch (error) {
      const refusal =
        error instanceof Refusal
          ? error
          : new Refusal(500, 'The report failed', 'The delivery report could not be recorded.');
      if (res.headersSent) return void res.end();
      answer(
        res,
        refusal.status,
        JSON.stringify({
          type: `urn:journey-studio:problem:delivery-report`,
          title: refusal.title,
          status: refusal.status,
          detail: refusal.message,
          errors: [],
        }),
        'application/problem+json; charset=utf-8',
      );
    }
  };
}

/** The secrets that check reports, from the app's secret store; one that cannot be read counts as not set up. */
export function deliveryReportsDepsOf(core: Pick<AppCore, 'context' | 'engineStore' | 'clock'>): DeliveryReportsDeps {
  const secret = (name: string): string | null => {
    try {
      return core.context.secrets.get(name) ?? null;
    } catch {
      return null;
    }
  };
  return {
    credentials: () => ({
      twilioAuthToken: secret(DELIVERY_REPORT_SECRETS.twilioAuthToken),
      whatsAppAppSecret: secret(DELIVERY_REPORT_SECRETS.whatsAppAppSecret),
      whatsAppVerifyToken: secret(DELIVERY_REPORT_SECRETS.whatsAppVerifyToken),
      publicBaseUrl: null,
    }),
    engineStore: core.engineStore,
    ingress: core.context.eventIngress,
    clock: core.clock,
  };
}
