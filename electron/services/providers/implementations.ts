import type { ProviderKind } from '../../../shared/providers/provider-kinds';
import type { ProviderImplementation } from './provider-implementation';

/**
 * How each provider sends, by kind: one line per provider, beside its description in
 * shared/providers/index.ts. The Outbox is built by the channel routing itself (it needs the
 * database, not a config). A kind without an implementation cannot be set up.
 */
export const PROVIDER_IMPLEMENTATIONS: Partial<Record<ProviderKind, ProviderImplementation<unknown>>> = {};
