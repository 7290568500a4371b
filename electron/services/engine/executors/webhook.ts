import { customerTemplateData } from '../../../../shared/audience/index';
import { createLiquid } from '../../../../shared/templates/liquid';
import type { StepExecutor } from './executor';

export const WEBHOOK_MAX_ATTEMPTS = 3;
const WEBHOOK_BACKOFF_MS = 10_000;
/** Kept of a response body in the step log. */
export const WEBHOOK_RESPONSE_LIMIT = 2048;

const liquid = createLiquid();

export function webhookKey(runId: number, nodeId: string): string {
  return `${runId}:${nodeId}:webhook`;
}

interface WebhookState {
  attempt?: number;
}

/**
 * 2xx → success. A network error, a timeout, 429 or 5xx is retried (same Idempotency-Key) up to
 * WEBHOOK_MAX_ATTEMPTS, then failure; any other status is a failure at once.
 */
export const webhookExecutor: StepExecutor<'webhook'> = {
  step: ({ node, run, visit, now }) => {
    const attempt = (run.nodeState as WebhookState).attempt ?? 1;
    if (visit.type === 'effect') {
      const result = visit.result as { status: number | null; body: string; error: string | null };
      const detail = {
        attempt,
        status: result.status,
        response: result.body,
        ...(result.error ? { error: result.error } : {}),
      };
      if (result.status !== null && result.status >= 200 && result.status < 300) {
        return { type: 'go', output: 'success', decision: 'webhook succeeded', detail };
      }
      const retryable = result.status === null || result.status === 429 || result.status >= 500;
      if (retryable && attempt < WEBHOOK_MAX_ATTEMPTS) {
        run.nodeState = { attempt: attempt + 1 };
        const until = now + WEBHOOK_BACKOFF_MS * 2 ** (attempt - 1);
        return { type: 'wait', until, purpose: 'retry', decision: 'webhook retry later', detail };
      }
      return { type: 'go', output: 'failure', decision: 'webhook failed', detail };
    }
    if (visit.type === 'enter') run.nodeState = { attempt: 1 };
    const key = webhookKey(run.id, node.id);
    return { type: 'effect', effect: { key, attempt }, decision: 'calling webhook', detail: { key, attempt } };
  },

  async perform({ run, node, contact, effect, deps }) {
    const data = { customer: customerTemplateData(contact), event: run.trigger?.properties ?? {} };
    const render = (text: string) => liquid.parseAndRenderSync(text, data) as string;
    const { method, url, headers, bodyTemplate } = node.config;
    const controller = new AbortController();
    const timer = deps.clock.setTimer({ delay: deps.webhookTimeoutMs }, () => controller.abort());
    try {
      const requestHeaders: Record<string, string> = { 'Idempotency-Key': String(effect.key) };
      for (const header of headers) if (header.name.trim() !== '') requestHeaders[header.name] = render(header.value);
      const hasBody = method !== 'GET' && method !== 'DELETE';
      if (hasBody && !Object.keys(requestHeaders).some((name) => name.toLowerCase() === 'content-type'))
        requestHeaders['Content-Type'] = 'application/json';
      const response = await deps.fetch(render(url), {
        method,
        headers: requestHeaders,
        body: hasBody ? render(bodyTemplate) : undefined,
        signal: controller.signal,
      });
      const text = await response.text();
      return { status: response.status, body: text.slice(0, WEBHOOK_RESPONSE_LIMIT), error: null };
    } catch (error) {
      const message = controller.signal.aborted
        ? `timed out after ${deps.webhookTimeoutMs} ms`
        : (error as Error).message;
      return { status: null, body: '', error: message };
    } finally {
      deps.clock.clearTimer(timer);
    }
  },
};
