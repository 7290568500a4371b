import type { ClosableProvider } from './provider-implementation';

/**
 * Stands in for a configured provider that cannot be built (a secret missing, settings no longer
 * valid, secrets unavailable on this thread): every send is refused as temporary with the reason,
 * so the engine retries and then falls back, and the attempt log says why.
 */
export function createRefusingProvider(name: string, reason: string): ClosableProvider {
  return {
    name,
    send: () => Promise.resolve({ status: 'rejected', kind: 'temporary', reason }),
  };
}
