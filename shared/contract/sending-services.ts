import { z } from 'zod';
import { EventAcceptedSchema, EventInputSchema } from '../api-v1/events';
import { method } from './define';

const NoInput = z.object({}).strict().optional();

export const ApiKeyInfoSchema = z.object({ hint: z.string(), createdAt: z.string() });

export const CreatedApiKeySchema = ApiKeyInfoSchema.extend({
  /** The key itself, present only in the answer that created it: only a digest is stored. */
  key: z.string(),
});

/** Where the desktop app listens for the events API: null is off (the default). Loopback only. */
export const EventsApiPortSchema = z
  .number({ error: 'Expected a port number' })
  .int('Expected a whole number')
  .min(1024, 'Use a port from 1024 to 65535')
  .max(65535, 'Use a port from 1024 to 65535')
  .nullable();

export const EventsApiStatusSchema = z.object({
  /** null until the key is first created. */
  key: ApiKeyInfoSchema.nullable(),
  desktopPort: EventsApiPortSchema,
});

export const eventsService = {
  send: method(
    'Record one event exactly as the events API does (the "Send test event" dialog); a repeated idempotencyKey answers the first eventId.',
    EventInputSchema,
    EventAcceptedSchema,
  ),
} as const;

export const eventsApiService = {
  status: method('The API key (its hint, never the key) and the desktop port.', NoInput, EventsApiStatusSchema),
  ensureKey: method(
    'Create the API key on first use; answers the key itself only when it was created by this call.',
    NoInput,
    z.union([CreatedApiKeySchema, ApiKeyInfoSchema]),
  ),
  regenerateKey: method(
    'Replace the API key (the old one stops working at once); answers the new key.',
    NoInput,
    CreatedApiKeySchema,
  ),
  setDesktopPort: method(
    'Serve the events API from the desktop app on 127.0.0.1:port, or not (null).',
    z.object({ port: EventsApiPortSchema }).strict(),
    EventsApiStatusSchema,
  ),
} as const;

export const EventsApiChangedEventSchema = z.object({ desktopPort: EventsApiPortSchema });
