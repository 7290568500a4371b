import type { Channel } from '../../../../../shared/model/index';
import type { OutgoingMessage } from '../../../../../electron/services/providers/provider';
import type { ProviderDeps } from '../../../../../electron/services/providers/provider-implementation';
import { createRealClock } from '../../../../../electron/services/runtime/real-clock';

/** A message as the engine hands it over after rendering, with the rendered fields given. */
export function outgoing(channel: Channel, recipient: string, output: Record<string, unknown>): OutgoingMessage {
  return {
    channel,
    recipient,
    rendered: {
      channel,
      ok: true,
      output,
      diagnostics: [],
      variables: { used: [], undefined: [], notCustomerFields: [] },
      cached: false,
      renderMs: 1,
    },
    journeyId: 'journey-1',
    version: 2,
    nodeId: 'msg',
    runId: 7,
    contactId: 'C-1',
    templateId: 'template-1',
    isTest: false,
  };
}

/** Providers' dependencies on real time and the global fetch (HTTP goes to 127.0.0.1 only). */
export function realDeps(): ProviderDeps {
  return { clock: createRealClock(), newId: () => crypto.randomUUID(), fetch, deliveryReportBaseUrl: null };
}
