import { z } from 'zod';

/** Event keys are what the events API sends as `name`, e.g. "order.shipped". */
export const EVENT_KEY_PATTERN = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/;
/** Package ids name a package in settings, journeys and exported files, e.g. "forward-shipment". */
export const PACKAGE_ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
const PAYLOAD_FIELD_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** A sample value shows a template what the field looks like; its type is the field's type. */
export const SampleValueSchema = z.union([z.string().max(500), z.number(), z.boolean()], {
  error: 'Expected a sample value: text, a number or true/false',
});

export const SamplePayloadSchema = z.record(z.string(), SampleValueSchema).superRefine((payload, ctx) => {
  const fields = Object.keys(payload);
  if (fields.length > 50) ctx.addIssue({ code: 'custom', message: 'A payload has at most 50 fields' });
  for (const field of fields)
    if (!PAYLOAD_FIELD_PATTERN.test(field))
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: 'Payload field names are letters, digits and _ (not starting with a digit), e.g. "trackingUrl"',
      });
});
export type SamplePayload = z.infer<typeof SamplePayloadSchema>;

export const PackageEventSchema = z
  .object({
    key: z.string().regex(EVENT_KEY_PATTERN, {
      error: 'An event key is lower-case words joined by dots, e.g. "order.shipped"',
    }),
    label: z.string().trim().min(1, 'An event needs a label').max(80, 'A label is at most 80 characters'),
    description: z.string().max(300, 'A description is at most 300 characters'),
    /** Where the event comes in the order's life: cards and lists are sorted by it within a package. */
    lifecycleOrder: z.number().int('Expected a whole number').nonnegative('Expected 0 or more'),
    /** The variables the event carries (`{{ event.<field> }}` in templates), with example values. */
    samplePayload: SamplePayloadSchema,
  })
  .strict();
export type PackageEvent = z.infer<typeof PackageEventSchema>;

export const EventPackageSchema = z
  .object({
    id: z.string().regex(PACKAGE_ID_PATTERN, {
      error: 'A package id is lower-case letters, digits and dashes, e.g. "forward-shipment"',
    }),
    label: z.string().trim().min(1, 'A package needs a label').max(80, 'A label is at most 80 characters'),
    description: z.string().max(300, 'A description is at most 300 characters'),
    persona: z.enum(['customer', 'seller'], { error: 'Expected "customer" or "seller"' }),
    events: z.array(PackageEventSchema).min(1, 'A package needs at least one event').max(100),
  })
  .strict()
  .superRefine((pkg, ctx) => {
    const seen = new Map<string, number>();
    pkg.events.forEach((event, index) => {
      const first = seen.get(event.key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['events', index, 'key'],
          message: `Duplicate event key "${event.key}": already used by events[${first}]`,
        });
      else seen.set(event.key, index);
    });
  });
export type EventPackage = z.infer<typeof EventPackageSchema>;
