import { z } from 'zod';
import { defineNodeKind, nextOutput } from './define-node-kind';
import { discriminatorError } from '../discriminator-error';
import { FilterRuleSchema, FilterSchema, describeFilter, describeRules, emptyFilter } from '../filter';

export const AUDIENCE_TYPES = ['all', 'list', 'filter', 'customEvent', 'orderEvent'] as const;

const AudienceSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('all') }).strict(),
    // A list is an uploaded CSV with a customerId column; null until one is picked.
    z.object({ type: z.literal('list'), listId: z.string().nullable() }).strict(),
    z.object({ type: z.literal('filter'), filter: FilterSchema }).strict(),
    // Every property rule must hold (a conjunction): enough for event triggers and simple to read.
    z
      .object({ type: z.literal('customEvent'), eventName: z.string(), propertyRules: z.array(FilterRuleSchema) })
      .strict(),
    // An order-lifecycle event from an event package, e.g. package "order-lifecycle", event "shipped".
    z
      .object({ type: z.literal('orderEvent'), packageId: z.string().nullable(), eventKey: z.string().nullable() })
      .strict(),
  ],
  { error: discriminatorError('audience type', 'type', AUDIENCE_TYPES) },
);
export type Audience = z.infer<typeof AudienceSchema>;

/** A new audience of the given type with nothing chosen yet: what the palette and the inspector start from. */
export function freshAudience(type: Audience['type']): Audience {
  switch (type) {
    case 'all':
      return { type };
    case 'list':
      return { type, listId: null };
    case 'filter':
      return { type, filter: emptyFilter() };
    case 'customEvent':
      return { type, eventName: '', propertyRules: [] };
    case 'orderEvent':
      return { type, packageId: null, eventKey: null };
  }
}

export const EntryConfigSchema = z
  .object({
    audience: AudienceSchema,
    /**
     * For all / list / filter audiences: contacts imported, created or changed after activation are
     * checked again and enrol once they match (the re-entry rule still applies). Absent means off;
     * event audiences ignore it.
     */
    enrolLater: z.boolean().optional(),
  })
  .strict();
export type EntryConfig = z.infer<typeof EntryConfigSchema>;

/** Audiences made of existing contacts (rather than of whoever sends an event). */
export function audienceEnrolsExisting(audience: Audience): boolean {
  return audience.type === 'all' || audience.type === 'list' || audience.type === 'filter';
}

/** Whether contacts who match after activation enrol too. */
export function enrolsLater(config: EntryConfig): boolean {
  return config.enrolLater === true && audienceEnrolsExisting(config.audience);
}

/**
 * The event names an audience starts runs on (none for audiences of existing contacts): a custom
 * event by its name; an order event by its bare key, as `order.<key>` and as `<packageId>.<key>`,
 * the names event packages send it under. The engine matches on these and the simulator checks
 * scripts against them, so the two cannot disagree.
 */
export function audienceEventNames(audience: Audience): string[] {
  if (audience.type === 'customEvent') return audience.eventName === '' ? [] : [audience.eventName];
  if (audience.type === 'orderEvent') {
    const { eventKey, packageId } = audience;
    if (eventKey === null) return [];
    return [eventKey, `order.${eventKey}`, ...(packageId === null ? [] : [`${packageId}.${eventKey}`])];
  }
  return [];
}

function describeAudience(audience: Audience): string {
  switch (audience.type) {
    case 'all':
      return 'All contacts';
    case 'list':
      return audience.listId === null ? 'List · not chosen' : `List ${audience.listId}`;
    case 'filter':
      return `Contacts where ${describeFilter(audience.filter)}`;
    case 'customEvent': {
      const name = audience.eventName === '' ? 'Custom event · no name' : `Event ${audience.eventName}`;
      return audience.propertyRules.length === 0 ? name : `${name} · ${describeRules(audience.propertyRules)}`;
    }
    case 'orderEvent':
      return audience.eventKey === null ? 'Order event · not chosen' : `Order ${audience.eventKey}`;
  }
}

export const entryNodeKind = defineNodeKind({
  kind: 'entry',
  group: 'entry',
  label: 'Entry',
  description: 'Who enters the journey: all contacts, a list, a filter, a custom event or an order event.',
  config: EntryConfigSchema,
  defaults: (): EntryConfig => ({ audience: { type: 'all' } }),
  outputs: nextOutput,
  summary: (config) =>
    enrolsLater(config) ? `${describeAudience(config.audience)} · and later` : describeAudience(config.audience),
});
