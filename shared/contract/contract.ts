import { z } from 'zod';
import { SavableJourneySchema } from '../model/index';
import { EDITOR_ACTION_IDS } from '../editor/actions';
import {
  audienceService,
  ContactsChangedEventSchema,
  contactsService,
  fieldsService,
  ImportProgressEventSchema,
  importsService,
  listsService,
} from './audience-services';
import { method, type ContractSpec } from './define';
import { OutboxChangedEventSchema, outboxService } from './outbox-services';
import { exchangeService, lifecycleMethods, SavedJourneySchema, versionsService } from './lifecycle-services';
import { EventsApiChangedEventSchema, eventsApiService, eventsService } from './sending-services';
import { statsService } from './stats-services';
import { testSendService } from './test-send-services';
import { SecretsChangedEventSchema, secretsService } from './secrets-services';
import { simulationService } from './simulation-services';
import { SenderChangedEventSchema, senderService } from './sender-services';
import { publishedJourneysService } from './published-journeys-services';
import { channelsService } from './channels-services';
import { backendsService, publisherService } from './publisher-services';
import { ChannelSchema } from '../model/channel';
import { CONTENT_SCHEMAS } from '../templates/content';
import {
  RenderResultSchema,
  SampleProfileDataSchema,
  SampleProfileNameInputSchema,
  SampleProfileSchema,
} from '../templates/render-result';
import { TemplateLanguageSchema, TemplateNameInputSchema } from '../templates/template';
import {
  AppInfoSchema,
  IdSchema,
  JourneyDescriptionSchema,
  JourneyNameSchema,
  JourneySummarySchema,
  TemplateSchema,
  TemplateUsageSchema,
  UnreadableTemplateSchema,
} from './entities';

const ById = z.object({ id: IdSchema }).strict();
const Ok = z.object({ ok: z.literal(true) });

const SavedJourney = SavedJourneySchema;

export const journeysService = {
  list: method(
    'Journeys on the dashboard (the trash is listed separately).',
    z.object({}).strict().optional(),
    z.array(JourneySummarySchema),
  ),
  listTrash: method(
    'Deleted journeys that can still be restored or purged.',
    z.object({}).strict().optional(),
    z.array(JourneySummarySchema),
  ),
  get: method('A whole journey document with its revision.', ById, SavedJourney),
  create: method(
    'A new blank journey.',
    z.object({ name: JourneyNameSchema, description: JourneyDescriptionSchema.optional() }).strict(),
    SavedJourney,
  ),
  rename: method('Rename a journey.', z.object({ id: IdSchema, name: JourneyNameSchema }).strict(), SavedJourney),
  duplicate: method(
    'A copy of a journey as a new draft; named "<name> (copy)" unless a name is given.',
    z.object({ id: IdSchema, name: JourneyNameSchema.optional() }).strict(),
    SavedJourney,
  ),
  save: method(
    'Save a whole document; refused with CONFLICT when someone else saved since expectedRevision.',
    z.object({ journey: SavableJourneySchema, expectedRevision: z.number().int().positive() }).strict(),
    SavedJourney,
  ),
  delete: method('Move a journey to the trash.', ById, Ok),
  restore: method('Bring a journey back from the trash.', ById, SavedJourney),
  purge: method('Delete a journey from the trash for good.', ById, Ok),
  ...lifecycleMethods,
} as const;

function createInputOf<C extends keyof typeof CONTENT_SCHEMAS>(channel: C) {
  return z
    .object({
      channel: z.literal(channel),
      name: TemplateNameInputSchema,
      language: TemplateLanguageSchema.optional(),
      content: CONTENT_SCHEMAS[channel].optional(),
    })
    .strict();
}

const TemplateCreateSchema = z.discriminatedUnion('channel', [
  createInputOf('email'),
  createInputOf('sms'),
  createInputOf('whatsapp'),
  createInputOf('push'),
  createInputOf('inapp'),
  createInputOf('telegram'),
  createInputOf('wallet'),
  createInputOf('marketing'),
]);

const RenderInputSchema = z
  .object({
    channel: ChannelSchema,
    /** Checked against the channel's content schema by the service, with field paths in errors. */
    content: z.unknown(),
    /** A stored sample profile; the default one when neither this nor `data` is given. */
    profileId: IdSchema.optional(),
    data: SampleProfileDataSchema.optional(),
    /** Undefined variables become errors instead of rendering as empty. */
    strictVariables: z.boolean().optional(),
  })
  .strict();

export const templatesService = {
  list: method(
    'All readable templates, each with the journeys that use it (damaged ones are in listUnreadable).',
    z.object({}).strict().optional(),
    z.array(TemplateSchema.and(z.object({ usedBy: z.array(TemplateUsageSchema) }))),
  ),
  listUnreadable: method(
    'Stored templates that cannot be read (a damaged row, an unknown channel), each with the reason.',
    z.object({}).strict().optional(),
    z.array(UnreadableTemplateSchema),
  ),
  get: method('One template.', ById, TemplateSchema),
  create: method(
    "A new template; content defaults to the channel's empty template.",
    TemplateCreateSchema,
    TemplateSchema,
  ),
  update: method(
    "Change a template's name, language or content (content is checked against its channel).",
    z
      .object({
        id: IdSchema,
        name: TemplateNameInputSchema.optional(),
        language: TemplateLanguageSchema.optional(),
        content: z.unknown().optional(),
      })
      .strict(),
    TemplateSchema,
  ),
  duplicate: method('A copy of a template, named "… (copy)".', ById, TemplateSchema),
  delete: method('Delete a template; refused while an active journey uses it.', ById, Ok),
  render: method(
    'Render content with a sample profile: the pipeline previews, test sends and the sender share.',
    RenderInputSchema,
    RenderResultSchema,
  ),
} as const;

export const profilesService = {
  list: method('Sample profiles for previews.', z.object({}).strict().optional(), z.array(SampleProfileSchema)),
  create: method(
    'A new sample profile.',
    z.object({ name: SampleProfileNameInputSchema, data: SampleProfileDataSchema }).strict(),
    SampleProfileSchema,
  ),
  update: method(
    'Change a sample profile.',
    z
      .object({
        id: IdSchema,
        name: SampleProfileNameInputSchema.optional(),
        data: SampleProfileDataSchema.optional(),
      })
      .strict(),
    SampleProfileSchema,
  ),
  setDefault: method('Make one profile the default for previews.', ById, SampleProfileSchema),
  delete: method('Delete a sample profile (the last one cannot be deleted).', ById, Ok),
} as const;

export const SettingKeySchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9.]{0,63}$/, 'Setting keys are lowerCamel words separated by dots');

/** Settings are preferences: a few levels of objects and lists, far below these. */
export const MAX_SETTING_DEPTH = 32;
export const MAX_SETTING_CHARACTERS = 256 * 1024;

/** How deep `value` nests, counted without recursion (so a hostile value cannot overflow the stack), up to limit + 1. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const level = depth + 1;
    deepest = Math.max(deepest, level);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) pending.push({ value: child, depth: level });
  }
  return deepest;
}

const SettingInputSchema = z
  .object({ key: SettingKeySchema, value: z.unknown() })
  .strict()
  .superRefine(({ key, value }, ctx) => {
    if (nestingDepth(value, MAX_SETTING_DEPTH) > MAX_SETTING_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `The value of setting "${key}" nests more than ${MAX_SETTING_DEPTH} levels deep`,
      });
      return;
    }
    const characters = JSON.stringify(value ?? null).length;
    if (characters > MAX_SETTING_CHARACTERS) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `The value of setting "${key}" is ${characters.toLocaleString('en-US')} characters as JSON; at most ${MAX_SETTING_CHARACTERS.toLocaleString('en-US')}`,
      });
    }
  });

export const settingsService = {
  getAll: method('Every stored setting.', z.object({}).strict().optional(), z.record(z.string(), z.unknown())),
  set: method('Store one setting (JSON value).', SettingInputSchema, Ok),
} as const;

export const appService = {
  info: method('What is running and where its data lives.', z.object({}).strict().optional(), AppInfoSchema),
} as const;

export const JourneyChangedEventSchema = z.object({
  id: IdSchema,
  change: z.enum(['created', 'updated', 'deleted', 'restored', 'purged', 'lifecycle']),
  revision: z.number().int().nonnegative(),
});
export const TemplateChangedEventSchema = z.object({ id: IdSchema, change: z.enum(['created', 'updated', 'deleted']) });
export const ProfilesChangedEventSchema = z.object({ id: IdSchema });

/** A command of the desktop app's menu bar: an editor action, which the page runs as its toolbar does. */
export const MenuCommandEventSchema = z.object({ action: z.enum(EDITOR_ACTION_IDS) });

/** The one API of Journey Studio. Every transport exposes exactly this; add services and events here. */
export const contract = {
  services: {
    app: appService,
    journeys: journeysService,
    versions: versionsService,
    exchange: exchangeService,
    templates: templatesService,
    profiles: profilesService,
    fields: fieldsService,
    contacts: contactsService,
    lists: listsService,
    audience: audienceService,
    imports: importsService,
    settings: settingsService,
    outbox: outboxService,
    events: eventsService,
    eventsApi: eventsApiService,
    stats: statsService,
    sender: senderService,
    testSend: testSendService,
    secrets: secretsService,
    channels: channelsService,
    simulation: simulationService,
    backends: backendsService,
    publisher: publisherService,
    publishedJourneys: publishedJourneysService,
  },
  events: {
    journeyChanged: JourneyChangedEventSchema,
    templateChanged: TemplateChangedEventSchema,
    profilesChanged: ProfilesChangedEventSchema,
    menuCommand: MenuCommandEventSchema,
    importProgress: ImportProgressEventSchema,
    contactsChanged: ContactsChangedEventSchema,
    outboxChanged: OutboxChangedEventSchema,
    eventsApiChanged: EventsApiChangedEventSchema,
    senderChanged: SenderChangedEventSchema,
    secretsChanged: SecretsChangedEventSchema,
  },
} satisfies ContractSpec;

export type Contract = typeof contract;
