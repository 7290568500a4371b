import type { FieldDefinition } from '../../../shared/audience/index';
import { sampleFieldValue } from '../../../shared/audience/sample-customer';
import { stepKinds } from '../../../shared/kinds/registry';
import type { Journey } from '../../../shared/model/index';

/** A small seeded generator (mulberry32): the same seed makes the same profiles, so runs compare. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Every value a rule of the journey compares `key` with, wherever the rule sits in a step's settings. */
function ruleValues(journey: Journey, keys: ReadonlySet<string>): Map<string, unknown[]> {
  const found = new Map<string, unknown[]>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.field === 'string' && keys.has(record.field) && 'operator' in record && 'value' in record) {
      const values = [record.value].flat().filter((item) => item !== null && item !== undefined && item !== '');
      found.set(record.field, [...(found.get(record.field) ?? []), ...values]);
    }
    Object.values(record).forEach(visit);
  };
  for (const node of journey.nodes) visit(node.config);
  return found;
}

/** The values a generated profile may have for a field: those the rules name (so each branch gets some), and others. */
function candidatesFor(field: FieldDefinition, named: readonly unknown[]): unknown[] {
  const own: unknown[] =
    field.type === 'boolean'
      ? [true, false]
      : field.type === 'choice'
        ? [...(field.options ?? [])]
        : field.type === 'number'
          ? [0, 100]
          : [];
  return [...new Set([...named, ...own, sampleFieldValue(field)])];
}

/**
 * `count` made-up profiles for a simulation of many: each with an email address and a phone
 * number (so every channel can reach them) and, for each customer field the journey's steps read,
 * a value drawn from those its rules compare with and a few of the field's own. They are numbered
 * from `first` on, so several batches in one simulation never share a customer ID.
 */
export function generateProfiles(
  journey: Journey,
  fields: readonly FieldDefinition[],
  count: number,
  seed: number,
  first = 1,
): Record<string, unknown>[] {
  const read = new Set(journey.nodes.flatMap((node) => stepKinds.of(node).fieldsRead(node).profileFields));
  const named = ruleValues(journey, read);
  const choices = fields
    .filter((field) => read.has(field.key) && field.key !== 'customerId')
    .map((field) => ({ key: field.key, values: candidatesFor(field, named.get(field.key) ?? []) }));
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const number = first + index;
    const profile: Record<string, unknown> = {
      customerId: `generated-${number}`,
      email: `generated-${number}@example.com`,
      phone: `+49151${String(number).padStart(8, '0')}`,
    };
    for (const { key, values } of choices) profile[key] = values[Math.floor(random() * values.length)];
    return profile;
  });
}
