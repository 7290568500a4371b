import { customerTemplateData } from '../../../../shared/audience/index';
import { webhookDelivery } from '../../../../shared/model/nodes/webhook';
import { createLiquid } from '../../../../shared/templates/liquid';
import type { StepExecutor } from './executor';
import { maskSecrets, moveUrlCredentials, resolveSecrets } from './webhook-secrets';

/** The wait before the first retry; each later one waits twice as long as the one before. */
export const WEBHOOK_BACKOFF_MS = 10_000;
/** The longest a server's Retry-After is honoured; a longer one waits this long. */
export const WEBHOOK_MAX_RETRY_AFTER_MS = 24 * 3600_000;
/** Kept of a response body in the step log. */
export const WEBHOOK_RESPONSE_LIMIT = 2048;

const liquid = createLiquid();

export function webhookKey(runId: number, nodeId: string): string {
  return `${runId}:${nodeId}:webhook`;
}

interface WebhookState {
  attempt?: number;
}

interface CallResult {
  status: number | null;
  body: string;
  error: string | null;
  retryAfterMs?: number | null;
  /** The call could not be made and never will as it stands (a secret it names is not set). */
  permanent?: boolean;
}

/** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, WEBHOOK_MAX_RETRY_AFTER_MS);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(at - now, 0), WEBHOOK_MAX_RETRY_AFTER_MS);
}

/** A network error, a timeout, 429 or 5xx may pass if tried again; any other status will not. */
function temporary({ status, permanent }: CallResult): boolean {
  if (permanent === true) return false;
  return status === null || status === 429 || status >= 500;
}

/**
 * 2xx → success. A temporary failure is retried, with the same Idempotency-Key, as many times as
 * the step allows (waiting WEBHOOK_BACKOFF_MS, then twice as long each time, or what the
 * server's Retry-After asks), then failure; any other status is a failure at once.
 */
export const webhookExecutor: StepExecutor<'webhook'> = {
  step: ({ node, run, visit, now }) => {
    const attempt = (run.nodeState as WebhookState).attempt ?? 1;
    const { retries } = webhookDelivery(node.config);
    if (visit.type === 'effect') {
      const result = visit.result as unknown as CallResult;
      const detail = {
        attempt,
        status: result.status,
        response: result.body,
        ...(result.error ? { error: result.error } : {}),
      };
      if (result.status !== null && result.status >= 200 && result.status < 300) {
        return { type: 'go', output: 'success', decision: 'webhook succeeded', detail };
      }
      if (temporary(result) && attempt <= retries) {
        run.nodeState = { attempt: attempt + 1 };
        const wait = result.retryAfterMs ?? WEBHOOK_BACKOFF_MS * 2 ** (attempt - 1);
        const until = now + wait;
        return {
          type: 'wait',
          until,
          purpose: 'retry',
          decision: 'webhook retry later',
          detail: {
            ...detail,
            retry: `${attempt} of ${retries}`,
            until: new Date(until).toISOString(),
            ...(result.retryAfterMs != null ? { retryAfterMs: result.retryAfterMs } : {}),
          },
        };
      }
      const why = temporary(result)
        ? retries === 0
          ? 'no retries allowed'
          : `${retries} ${retries === 1 ? 'retry' : 'retries'} exhausted`
        : 'not worth retrying';
      return { type: 'go', output: 'failure', decision: 'webhook failed', detail: { ...detail, why } };
    }
    if (visit.type === 'enter') run.nodeState = { attempt: 1 };
    const key = webhookKey(run.id, node.id);
    return { type: 'effect', effect: { key, attempt }, decision: 'calling webhook', detail: { key, attempt } };
  },

  async perform({ run, node, contact, effect, deps }): Promise<Record<string, unknown>> {
    const { method, url, headers, bodyTemplate } = node.config;
    const hasBody = method !== 'GET' && method !== 'DELETE';
    const secrets = resolveSecrets(
      [url, ...headers.map((header) => header.value), ...(hasBody ? [bodyTemplate] : [])],
      deps.secrets,
    );
    if (!secrets.ok) return { status: null, body: '', error: secrets.error, permanent: true } satisfies CallResult;
    const data = {
      customer: customerTemplateData(contact),
      event: run.trigger?.properties ?? {},
      secrets: secrets.values,
    };
    const render = (text: string) => liquid.parseAndRenderSync(text, data) as string;
    const timeoutMs = webhookDelivery(node.config).timeoutSeconds * 1000;
    const controller = new AbortController();
    const timer = deps.clock.setTimer({ delay: timeoutMs }, () => controller.abort());
    let result: CallResult;
    let hidden: Record<string, string> = secrets.values;
    try {
      const requestHeaders: Record<string, string> = { 'Idempotency-Key': String(effect.key) };
      for (const header of headers) if (header.name.trim() !== '') requestHeaders[header.name] = render(header.value);
      if (hasBody && !Object.keys(requestHeaders).some((name) => name.toLowerCase() === 'content-type'))
        requestHeaders['Content-Type'] = 'application/json';
      const target = moveUrlCredentials(render(url), requestHeaders);
      hidden = { ...hidden, ...Object.fromEntries(target.credentials.map((part, index) => [`url ${index}`, part])) };
      const response = await deps.fetch(target.url, {
        method,
        headers: requestHeaders,
        body: hasBody ? render(bodyTemplate) : undefined,
        signal: controller.signal,
      });
      const text = await response.text();
      result = {
        status: response.status,
        body: maskSecrets(text, hidden).slice(0, WEBHOOK_RESPONSE_LIMIT),
        error: null,
        retryAfterMs:
          response.status === 429 || response.status === 503
            ? retryAfterMs(response.headers.get('retry-after'), deps.clock.now())
            : null,
      };
    } catch (error) {
      const message = controller.signal.aborted ? `timed out after ${timeoutMs / 1000} s` : (error as Error).message;
      result = { status: null, body: '', error: maskSecrets(message, hidden) };
    } finally {
      deps.clock.clearTimer(timer);
    }
    return { ...result };
  },
};
