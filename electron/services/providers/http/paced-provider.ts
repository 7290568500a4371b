import type { Clock } from '../../ports/clock';
import type { ClosableProvider } from '../provider-implementation';
import type { OutgoingMessage, SendResult } from '../provider';
import { createRateLimiter } from '../rate-limiter';

export interface PacedProviderSetup {
  name: string;
  ratePerSecond: number;
  clock: Clock;
  /** One real call to the provider's API. */
  deliver(message: OutgoingMessage, idempotencyKey: string): Promise<SendResult>;
}

/** How many answers are remembered per provider, so a replayed key is answered without a call. */
const REMEMBERED_ANSWERS = 20_000;

/**
 * An HTTP provider as the sender uses it: calls paced to the provider's rate limit (a large
 * journey waits its turn instead of being refused), and one call per idempotency key while the
 * provider lives — a key sent again (a replay, two sends racing) gets the first answer. Only a
 * temporary refusal is forgotten, so the engine's retry of that key calls again.
 */
export function createPacedProvider(setup: PacedProviderSetup): ClosableProvider {
  const limiter = createRateLimiter(setup.ratePerSecond, setup.clock);
  const answers = new Map<string, Promise<SendResult>>();
  let closed = false;

  async function call(message: OutgoingMessage, key: string): Promise<SendResult> {
    await limiter.take();
    if (closed) return { status: 'rejected', kind: 'temporary', reason: `${setup.name} was stopped before sending` };
    return setup.deliver(message, key);
  }

  return {
    name: setup.name,
    send(message, key) {
      const known = answers.get(key);
      if (known !== undefined) return known;
      const answer = call(message, key).catch((error: unknown): SendResult => ({
        status: 'rejected',
        kind: 'temporary',
        reason: `${setup.name} failed: ${error instanceof Error ? error.message : String(error)}`,
      }));
      answers.set(key, answer);
      if (answers.size > REMEMBERED_ANSWERS) answers.delete(answers.keys().next().value!);
      void answer.then((result) => {
        if (result.status === 'rejected' && result.kind === 'temporary') answers.delete(key);
      });
      return answer;
    },
    close() {
      closed = true;
      limiter.close();
      return Promise.resolve();
    },
  };
}
