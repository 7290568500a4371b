import { stepKinds, type StepKindRegistry } from '../kinds/registry';
import type { Journey, JourneyNode } from '../model/index';

export interface Redacted {
  journey: Journey;
  /** One sentence per value left out, naming the step, so the user knows what to fill in again. */
  warnings: string[];
}

/**
 * A journey with the credentials of its steps left out, as each kind says (for webhooks, see
 * redactWebhookConfig: by name and by shape, in headers, URL and body).
 */
export function redactWebhookSecrets(journey: Journey, kinds: StepKindRegistry = stepKinds): Redacted {
  const warnings: string[] = [];
  const nodes = journey.nodes.map((node): JourneyNode => {
    const kind = kinds.of(node);
    const redacted = kind.withoutSecrets(node, JSON.stringify(kind.displayName(node)));
    warnings.push(...redacted.warnings);
    return redacted.step as JourneyNode;
  });
  return { journey: { ...journey, nodes }, warnings };
}
