import type { Channel } from '../../../../../shared/model/index';
import type { RenderResult } from '../../../../../shared/templates/render-result';
import { countSms } from '../../../../../shared/templates/sms-counter';
import type { OutgoingMessage } from '../../../../../electron/services/providers/provider';
import type { ProviderDeps } from '../../../../../electron/services/providers/provider-implementation';
import { createRealClock } from '../../../../../electron/services/runtime/real-clock';
import type { Clock } from '../../../../../electron/services/ports/clock';

/** A message as the render pipeline would hand it to a provider. */
export function outgoing(channel: Channel, recipient: string, output: Record<string, unknown>): OutgoingMessage {
  const rendered: RenderResult = {
    channel,
    ok: true,
    output,
    ...(channel === 'sms' ? { sms: countSms(String(output.body)) } : {}),
    diagnostics: [],
    variables: { used: [], undefined: [], notCustomerFields: [] },
    cached: false,
    renderMs: 1,
  };
  return {
    channel,
    recipient,
    rendered,
    journeyId: 'j1',
    version: 1,
    nodeId: 'msg',
    runId: 7,
    contactId: 'c1',
    templateId: 't1',
    isTest: false,
  };
}

export function providerDeps(overrides: Partial<ProviderDeps> & { clock?: Clock } = {}): ProviderDeps {
  return {
    clock: createRealClock(),
    newId: () => 'id',
    fetch: globalThis.fetch,
    deliveryReportBaseUrl: null,
    ...overrides,
  };
}
