import { ApiError, type Envelope } from './errors';
import type { ContractClient, ContractSpec } from './define';

/** What a transport must do; the IPC bridge and the HTTP client both implement this. */
export interface Transport {
  invoke(service: string, method: string, input: unknown): Promise<Envelope>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/** Builds the typed client from the contract's method names, so no call site ever spells a channel string. */
export function createClient<C extends ContractSpec>(spec: C, transport: Transport): ContractClient<C> {
  const client: Record<string, unknown> = {
    on: (event: string, listener: (payload: unknown) => void) => transport.subscribe(event, listener),
  };
  for (const [serviceName, methods] of Object.entries(spec.services)) {
    const service: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const methodName of Object.keys(methods)) {
      service[methodName] = async (input?: unknown) => {
        const envelope = await transport.invoke(serviceName, methodName, input);
        if (envelope.ok) return envelope.value;
        throw ApiError.fromPayload(envelope.error);
      };
    }
    client[serviceName] = service;
  }
  return client as ContractClient<C>;
}
