import { z } from 'zod';
import { JourneyStateSchema } from '../api-v1/journeys';
import { normaliseDisplayText } from '../model/display-text';
import { method } from './define';
import { IdSchema } from './entities';

export const MAX_BACKEND_TIMEOUT_SECONDS = 300;
export const DEFAULT_BACKEND_TIMEOUT_SECONDS = 30;

/** A backend's name, as journeys and lists are named (the one rule for names), unique among backends. */
export const BackendNameSchema = z
  .string({ error: 'Enter a name' })
  .overwrite(normaliseDisplayText)
  .min(1, 'Enter a name (with at least one visible character)')
  .max(100, 'A backend name is at most 100 characters');

/**
 * The address of a Journey Studio journey API: http(s), no user name or password (the API key is
 * the credential), no query or fragment. A path prefix is kept (a server behind a reverse proxy).
 */
export const BackendUrlSchema = z
  .string({ error: 'Enter the base URL' })
  .trim()
  .min(1, 'Enter the base URL, e.g. https://journeys.example.com/')
  .max(2000, 'The base URL is at most 2,000 characters')
  .superRefine((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Not a URL: write it as https://host[:port]/' });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      ctx.addIssue({ code: 'custom', message: `Use an http:// or https:// address, not ${url.protocol}` });
    else if (url.username || url.password)
      ctx.addIssue({ code: 'custom', message: 'Leave the user name and password out: the API key is the credential' });
    else if (url.search || url.hash)
      ctx.addIssue({ code: 'custom', message: 'Leave out the query (?…) and fragment (#…)' });
  });

export const BackendFormSchema = z
  .object({
    /** Absent for a new backend. */
    id: IdSchema.optional(),
    name: BackendNameSchema,
    baseUrl: BackendUrlSchema,
    /** The client key (jsc_…); empty keeps the stored one (only while the base URL stays the same). */
    apiKey: z.string().max(1000, 'An API key is at most 1,000 characters').default(''),
    tlsVerify: z.boolean().default(true),
    timeoutSeconds: z
      .number({ error: 'Enter the timeout in seconds' })
      .int('Enter whole seconds')
      .min(1, 'At least 1 second')
      .max(MAX_BACKEND_TIMEOUT_SECONDS, `At most ${MAX_BACKEND_TIMEOUT_SECONDS} seconds`)
      .default(DEFAULT_BACKEND_TIMEOUT_SECONDS),
  })
  .strict();
export type BackendForm = z.input<typeof BackendFormSchema>;

/** A backend as Settings → Backends shows it: never the key, only its last four characters. */
export const BackendViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  tlsVerify: z.boolean(),
  timeoutSeconds: z.number().int(),
  /** The last four characters of the stored key, or null when none is stored (or it cannot be read). */
  keyHint: z.string().nullable(),
  /** Things to know about the profile as saved (the key goes over plain HTTP, TLS is not verified). */
  warnings: z.array(z.string()),
  updatedAt: z.string(),
});
export type BackendView = z.infer<typeof BackendViewSchema>;

export const BackendCheckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), detail: z.string(), serverVersion: z.string() }),
  z.object({ ok: z.literal(false), error: z.string(), status: z.number().int().nullable() }),
]);
export type BackendCheck = z.infer<typeof BackendCheckSchema>;

export const backendsService = {
  list: method(
    'Every delivery backend profile, by name; the API key only by its last four characters.',
    z.object({}).strict().optional(),
    z.array(BackendViewSchema),
  ),
  save: method(
    'Add or change a backend profile; the API key goes to the secret store. BAD_INPUT names each field at fault.',
    BackendFormSchema,
    BackendViewSchema,
  ),
  delete: method(
    'Remove a backend profile and its stored key; the publish history keeps its name.',
    z.object({ id: IdSchema }).strict(),
    z.object({ deleted: z.boolean() }),
  ),
  testConnection: method(
    "Calls the backend's journey API with the form (saved or not): its version, or its problem detail verbatim.",
    BackendFormSchema,
    BackendCheckSchema,
  ),
} as const;

/** Where a journey is published, and what runs there as last seen. */
export const PublicationSchema = z.object({
  backendId: z.string(),
  backendName: z.string(),
  baseUrl: z.string(),
  remoteJourneyId: z.string(),
  /** The local version last published there. */
  publishedVersion: z.number().int().positive(),
  publishedAt: z.string(),
  /** The backend's answer, or null when it could not be read (then `error` says why, verbatim). */
  state: JourneyStateSchema.nullable(),
  error: z.string().nullable(),
  /** The local version that the backend's running version was published from, when this app published it. */
  localVersionRunning: z.number().int().positive().nullable(),
});
export type Publication = z.infer<typeof PublicationSchema>;

export const PublishResultKindSchema = z.enum(['published', 'refused', 'failed']);

/** One attempt to publish a version: when, where, by which key, and how it ended. */
export const PublishRecordSchema = z.object({
  id: z.string(),
  journeyId: z.string(),
  version: z.number().int().positive(),
  backendId: z.string(),
  backendName: z.string(),
  baseUrl: z.string(),
  /** The last four characters of the key it was sent with. */
  keyHint: z.string(),
  at: z.string(),
  /** published: the backend took it; refused: it answered 4xx; failed: unreachable or 5xx after retries. */
  result: PublishResultKindSchema,
  /** The version number there (a new journey's first start makes it version 1). */
  remoteVersion: z.number().int().positive().nullable(),
  remoteJourneyId: z.string().nullable(),
  /** The backend's problem detail verbatim, or what went wrong on the way. */
  detail: z.string().nullable(),
  idempotencyKey: z.string(),
});
export type PublishRecord = z.infer<typeof PublishRecordSchema>;

const ByJourney = z.object({ journeyId: IdSchema }).strict();
const OnBackend = z.object({ journeyId: IdSchema, backendId: IdSchema }).strict();

export const PublishOutcomeSchema = z.object({
  record: PublishRecordSchema,
  publication: PublicationSchema.nullable(),
  /** What to do next when it did not go through (a version conflict explains itself here), or what to know when it did. */
  advice: z.string().nullable(),
  /** The journey file's own warnings (e.g. a credential left out). */
  warnings: z.array(z.string()),
});
export type PublishOutcome = z.infer<typeof PublishOutcomeSchema>;

export const publisherService = {
  publish: method(
    "Send the journey's live version (document, templates, fields; secrets as references) to a backend: creates the journey there the first time, a new version afterwards. A refusal is answered, not thrown.",
    OnBackend,
    PublishOutcomeSchema,
  ),
  publications: method(
    'Where a journey is published, with the state there read now from each backend.',
    ByJourney,
    z.array(PublicationSchema),
  ),
  start: method('Start (or resume) the journey on a backend; answers its state there.', OnBackend, PublicationSchema),
  stop: method(
    'Stop the journey on a backend (those in flight finish); answers its state there.',
    OnBackend,
    PublicationSchema,
  ),
  history: method('Every publish of the journey, newest first.', ByJourney, z.array(PublishRecordSchema)),
} as const;

const BACKEND_SECRET_PREFIX = 'backend.';

/** The secret holding a backend's API key: dotted, so Settings → Secrets lists it as managed elsewhere. */
export function backendKeySecretName(id: string): string {
  return `${BACKEND_SECRET_PREFIX}${id}.apiKey`;
}

/** Whether a stored secret is a backend's API key (set under Settings → Backends). */
export const isBackendKeySecret = (name: string): boolean => name.startsWith(BACKEND_SECRET_PREFIX);
