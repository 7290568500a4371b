import { fieldKeyOf } from '../audience/field-lookup';
import type { CustomField } from '../audience/customer-fields';
import type { Filter, Journey } from '../model/index';
import type { Template } from '../templates/template';

function filterFields(filter: Filter): string[] {
  return filter.groups.flatMap((group) => group.rules.map((rule) => fieldKeyOf(rule.field)));
}

/** Profile fields named structurally: audience filters, profile conditions and profile updates. */
function profileFieldsOf(journey: Journey): Set<string> {
  const keys = new Set<string>();
  for (const node of journey.nodes) {
    if (node.kind === 'entry' && node.config.audience.type === 'filter')
      filterFields(node.config.audience.filter).forEach((key) => keys.add(key));
    if (node.kind === 'condition' && node.config.source === 'profile')
      filterFields(node.config.filter).forEach((key) => keys.add(key));
    if (node.kind === 'updateProfile') node.config.updates.forEach((update) => keys.add(fieldKeyOf(update.field)));
  }
  return keys;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The custom fields among `fields` that the journey or its templates use: named by a filter,
 * condition or profile update, or read as customer.<key> anywhere in the journey's text (message
 * variables, webhook bodies) or in a template. Sorted by key.
 */
export function usedCustomFields(
  journey: Journey,
  templates: readonly Template[],
  fields: readonly CustomField[],
): CustomField[] {
  const named = profileFieldsOf(journey);
  const text = JSON.stringify([journey, templates.map((template) => template.content)]);
  return fields
    .filter(
      (field) => named.has(field.key) || new RegExp(`customer\\.${escapeRegExp(field.key)}(?![A-Za-z0-9_])`).test(text),
    )
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
