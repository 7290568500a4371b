import { ApiError, type Envelope } from './errors';
import type { ContractClient, ContractSpec, DownloadEnvelope, HostKind } from './define';
import { parseEvent } from './events';

/** What a transport must do; the IPC bridge and the HTTP client both implement this. */
export interface Transport {
  /** Which host this transport reaches. */
  readonly host: HostKind;
  invoke(service: string, method: string, input: unknown): Promise<Envelope>;
  /** Sends a file's bytes to an upload method. */
  upload(service: string, method: string, file: Blob): Promise<Envelope>;
  /** Calls a download method and receives the file. */
  download(service: string, method: string, input: unknown): Promise<DownloadEnvelope>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

export interface ClientOptions {
  /** Told about an event whose payload the contract refuses; the listeners never see it. */
  onRefusedEvent?: (message: string) => void;
}

function valueOf<T>(envelope: { ok: true; value: T } | Extract<Envelope, { ok: false }>): T {
  if (envelope.ok) return envelope.value;
  throw ApiError.fromPayload(envelope.error);
}

/** Builds the typed client from the contract's method names, so no call site ever spells a channel string. */
export function createClient<C extends ContractSpec>(
  spec: C,
  transport: Transport,
  options: ClientOptions = {},
): ContractClient<C> {
  const client: Record<string, unknown> = {
    host: transport.host,
    // What arrives over a transport is parsed like any untrusted input before a listener sees it.
    on: (event: string, listener: (payload: unknown) => void) =>
      transport.subscribe(event, (payload) => {
        const parsed = parseEvent(spec, event, payload);
        if (parsed.ok) listener(parsed.payload);
        else options.onRefusedEvent?.(parsed.message);
      }),
  };
  for (const [serviceName, methods] of Object.entries(spec.services)) {
    const service: Record<string, (arg?: unknown) => Promise<unknown>> = {};
    for (const [methodName, methodSpec] of Object.entries(methods)) {
      service[methodName] =
        methodSpec.kind === 'upload'
          ? async (file) => valueOf(await transport.upload(serviceName, methodName, file as Blob))
          : methodSpec.kind === 'download'
            ? async (input) => valueOf(await transport.download(serviceName, methodName, input))
            : async (input) => valueOf(await transport.invoke(serviceName, methodName, input));
    }
    client[serviceName] = service;
  }
  return client as ContractClient<C>;
}
