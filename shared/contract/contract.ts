import { z } from 'zod';
import { JourneySchema } from '../model/index';
import { method, type ContractSpec } from './define';
import { AppInfoSchema, IdSchema, JourneyNameSchema, JourneySummarySchema, TemplateSchema } from './entities';

const ById = z.object({ id: IdSchema }).strict();
const Ok = z.object({ ok: z.literal(true) });

const SavedJourney = z.object({ journey: JourneySchema, revision: z.number().int().positive() });

export const journeysService = {
  list: method('Journeys on the dashboard (the trash is listed separately).', z.object({}).strict().optional(), z.array(JourneySummarySchema)),
  listTrash: method('Deleted journeys that can still be restored or purged.', z.object({}).strict().optional(), z.array(JourneySummarySchema)),
  get: method('A whole journey document with its revision.', ById, SavedJourney),
  create: method(
    'A new blank journey.',
    z.object({ name: JourneyNameSchema, description: z.string().max(2000).optional() }).strict(),
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
    z.object({ journey: JourneySchema, expectedRevision: z.number().int().positive() }).strict(),
    SavedJourney,
  ),
  delete: method('Move a journey to the trash.', ById, Ok),
  restore: method('Bring a journey back from the trash.', ById, SavedJourney),
  purge: method('Delete a journey from the trash for good.', ById, Ok),
} as const;

export const templatesService = {
  list: method('All templates.', z.object({}).strict().optional(), z.array(TemplateSchema)),
  get: method('One template.', ById, TemplateSchema),
  create: method(
    'A new template.',
    TemplateSchema.pick({ channel: true, name: true, language: true, content: true }).partial({ language: true, content: true }).strict(),
    TemplateSchema,
  ),
  update: method(
    'Change a template.',
    TemplateSchema.pick({ id: true, name: true, language: true, content: true }).partial({ name: true, language: true, content: true }).strict(),
    TemplateSchema,
  ),
  delete: method('Delete a template.', ById, Ok),
} as const;

export const SettingKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9.]{0,63}$/, 'Setting keys are lowerCamel words separated by dots');

export const settingsService = {
  getAll: method('Every stored setting.', z.object({}).strict().optional(), z.record(z.string(), z.unknown())),
  set: method('Store one setting (JSON value).', z.object({ key: SettingKeySchema, value: z.unknown() }).strict(), Ok),
} as const;

export const appService = {
  info: method('What is running and where its data lives.', z.object({}).strict().optional(), AppInfoSchema),
} as const;

export const JourneyChangedEventSchema = z.object({
  id: IdSchema,
  change: z.enum(['created', 'updated', 'deleted', 'restored', 'purged']),
  revision: z.number().int().nonnegative(),
});
export const TemplateChangedEventSchema = z.object({ id: IdSchema, change: z.enum(['created', 'updated', 'deleted']) });

/** The one API of Journey Studio. Every transport exposes exactly this; add services and events here. */
export const contract = {
  services: {
    app: appService,
    journeys: journeysService,
    templates: templatesService,
    settings: settingsService,
  },
  events: {
    journeyChanged: JourneyChangedEventSchema,
    templateChanged: TemplateChangedEventSchema,
  },
} satisfies ContractSpec;

export type Contract = typeof contract;
