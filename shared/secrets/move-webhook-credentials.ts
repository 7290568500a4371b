import { isLiteralCredential, replaceWebhookCredentials } from '../exchange/redact-credentials';
import type { Journey, JourneyNode } from '../model/index';
import type { WebhookConfig } from '../model/nodes/webhook';
import { isSecretReferenceOnly, secretReference } from './secret-references';

/**
 * Where moved credentials go: answers the name `value` is stored under — one already holding the
 * same value, else `suggested` or a free name made from it.
 */
export type SecretSink = (value: string, suggested: string) => string;

/** The name a webhook step's n-th moved credential is offered under: `webhook_<step id>_<n>`. */
export function suggestedSecretName(nodeId: string, index: number): string {
  return `webhook_${nodeId.replace(/[^A-Za-z0-9_]/g, '_')}_${index}`;
}

/**
 * A webhook's settings with every credential written out in them (a header value, URL user name
 * and password, query or fragment parameter, URL path token, body field or value — see
 * replaceWebhookCredentials) handed to `sink` and replaced by `{{ secrets.NAME }}`. Values with
 * Liquid in them are data per contact, not stored secrets, and stay. Rendering the result gives
 * the same request as before.
 */
export function moveWebhookConfigCredentials(
  config: WebhookConfig,
  nodeId: string,
  sink: SecretSink,
): { config: WebhookConfig; moved: number } {
  let moved = 0;
  const { config: changed } = replaceWebhookCredentials(config, nodeId, (value) => {
    if (!isLiteralCredential(value) || isSecretReferenceOnly(value) || value.trim() === '') return null;
    moved += 1;
    return secretReference(sink(value, suggestedSecretName(nodeId, moved)));
  });
  return { config: moved === 0 ? config : changed, moved };
}

/** A journey with the credentials of its webhook steps moved out (see moveWebhookConfigCredentials). */
export function moveJourneyCredentials(journey: Journey, sink: SecretSink): { journey: Journey; moved: number } {
  let moved = 0;
  const nodes = journey.nodes.map((node): JourneyNode => {
    if (node.kind !== 'webhook') return node;
    const result = moveWebhookConfigCredentials(node.config, node.id, sink);
    moved += result.moved;
    return result.moved === 0 ? node : { ...node, config: result.config };
  });
  return { journey: moved === 0 ? journey : { ...journey, nodes }, moved };
}
