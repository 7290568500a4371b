import type { CustomField } from '../audience/customer-fields';
import { stepKinds, type StepKindRegistry } from '../kinds/registry';
import type { Journey } from '../model/index';
import type { Template } from '../templates/template';

/**
 * Customer fields the steps name in their settings (audience filters, profile conditions, profile
 * updates…), as each kind says, by key.
 */
export function profileFieldsOf(journey: Journey, kinds: StepKindRegistry = stepKinds): Set<string> {
  const keys = new Set<string>();
  for (const node of journey.nodes) for (const key of kinds.of(node).fieldsRead(node).profileFields) keys.add(key);
  return keys;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** {{ customer.key }}, {% if customer.key %} …: the key followed by anything that cannot continue it. */
export function customerReference(key: string): RegExp {
  return new RegExp(`customer\\.${escapeRegExp(key)}(?![A-Za-z0-9_])`);
}

/**
 * The custom fields among `fields` that the journey or its templates use: named by a step's
 * settings, or read as customer.<key> anywhere in the journey's text (message variables, webhook
 * bodies) or in a template. Sorted by key.
 */
export function usedCustomFields(
  journey: Journey,
  templates: readonly Template[],
  fields: readonly CustomField[],
  kinds: StepKindRegistry = stepKinds,
): CustomField[] {
  const named = profileFieldsOf(journey, kinds);
  const text = JSON.stringify([journey, templates.map((template) => template.content)]);
  return fields
    .filter((field) => named.has(field.key) || customerReference(field.key).test(text))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
