import type { Clock } from '../../ports/clock';
import type { ClosableProvider } from '../provider-implementation';
import type { OutgoingMessage, SendResult } from '../provider';
import { oncePerKey } from '../once-per-key';
import { createRateLimiter } from '../rate-limiter';

export interface PacedProviderSetup {
  name: string;
  ratePerSecond: number;
  clock: Clock;
  /** One real call to the provider's API. */
  deliver(message: OutgoingMessage, idempotencyKey: string): Promise<SendResult>;
}

/**
 * An HTTP provider as the sender uses it: calls paced to the provider's rate limit (a large
 * journey waits its turn instead of being refused), and one call per idempotency key while the
 * provider lives (see oncePerKey). A call that throws is a temporary refusal naming the provider.
 */
export function createPacedProvider(setup: PacedProviderSetup): ClosableProvider {
  const limiter = createRateLimiter(setup.ratePerSecond, setup.clock);
  let closed = false;

  async function call(message: OutgoingMessage, key: string): Promise<SendResult> {
    await limiter.take();
    if (closed) return { status: 'rejected', kind: 'temporary', reason: `${setup.name} was stopped before sending` };
    return setup.deliver(message, key);
  }

  return {
    name: setup.name,
    send: oncePerKey((message, key) =>
      call(message, key).catch((error: unknown): SendResult => ({
        status: 'rejected',
        kind: 'temporary',
        reason: `${setup.name} failed: ${error instanceof Error ? error.message : String(error)}`,
      })),
    ),
    close() {
      closed = true;
      limiter.close();
      return Promise.resolve();
    },
  };
}
