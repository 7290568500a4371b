import type { DownloadEnvelope, Envelope, Transport } from '../../shared/contract/index';
import type { AppCore } from '../../electron/services/app-services';

async function* bytesOf(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    yield value;
  }
}

/**
 * What either host does with a call, without IPC or HTTP in between: the same dispatcher,
 * uploads read from the Blob chunk by chunk and downloads gathered into one.
 */
export function inProcessTransport(core: Pick<AppCore, 'dispatcher' | 'events' | 'context'>): Transport {
  return {
    host: core.context.host,
    invoke: (service, method, input): Promise<Envelope> => core.dispatcher.dispatch(service, method, input),
    upload: (service, method, file) => core.dispatcher.upload(service, method, bytesOf(file)),
    async download(service, method, input): Promise<DownloadEnvelope> {
      const envelope = await core.dispatcher.download(service, method, input);
      if (!envelope.ok) return envelope;
      const parts: string[] = [];
      for await (const chunk of envelope.value.chunks) parts.push(chunk);
      const blob = new Blob(parts, { type: envelope.value.mediaType });
      return { ok: true, value: { fileName: envelope.value.fileName, blob } };
    },
    subscribe: (event, listener) => core.events.subscribe((name, payload) => name === event && listener(payload)),
  };
}
