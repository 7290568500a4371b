import { z } from 'zod';
import { ContactSchema } from '../audience/contact';
import { CustomFieldSchema, FIELD_TYPES } from '../audience/customer-fields';
import { normaliseDisplayText } from '../model/display-text';
import { FilterSchema } from '../model/filter';
import { download, method, upload } from './define';
import { IdSchema } from './entities';

const Ok = z.object({ ok: z.literal(true) });
const NoInput = z.object({}).strict().optional();

/** A field as listed: built-in fields are marked and cannot be changed. */
export const FieldListingSchema = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  type: z.enum(FIELD_TYPES),
  options: z.array(z.string()).optional(),
  builtIn: z.boolean(),
});

/** Where a field key is used; renaming or deleting a used field is refused with this list. */
export const FieldUsageSchema = z.object({ kind: z.enum(['journey', 'template']), id: z.string(), name: z.string() });

export const fieldsService = {
  list: method('Built-in and custom customer fields.', NoInput, z.array(FieldListingSchema)),
  create: method('Define a custom field.', CustomFieldSchema, FieldListingSchema),
  update: method(
    "Change a custom field's label, description or choice options (the key and type stay).",
    z
      .object({
        key: z.string(),
        label: z.string().optional(),
        description: z.string().optional(),
        options: z.array(z.string()).optional(),
      })
      .strict(),
    FieldListingSchema,
  ),
  rename: method(
    "Change a custom field's key; refused while journeys or templates use it.",
    z.object({ key: z.string(), newKey: z.string() }).strict(),
    FieldListingSchema,
  ),
  usage: method(
    'Journeys and templates that use a field.',
    z.object({ key: z.string() }).strict(),
    z.array(FieldUsageSchema),
  ),
  delete: method(
    'Delete a custom field; refused while journeys or templates use it.',
    z.object({ key: z.string() }).strict(),
    Ok,
  ),
} as const;

export const ContactSortSchema = z.object({ field: z.string(), direction: z.enum(['asc', 'desc']) });

export const ContactQuerySchema = z
  .object({
    /** Matches the start of customerId, email or phone. */
    search: z.string().max(200).optional(),
    listId: IdSchema.optional(),
    filter: FilterSchema.optional(),
    sort: ContactSortSchema.optional(),
    offset: z.number().int().nonnegative(),
    limit: z.number().int().positive().max(1000),
  })
  .strict();

export const ContactListSchema = z.object({
  id: IdSchema,
  name: z.string(),
  size: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContactList = z.infer<typeof ContactListSchema>;

/** Which contacts an export holds: all of them, a list's members, a filter's matches, or both. */
export const ContactExportSelectionSchema = z
  .object({ listId: IdSchema.optional(), filter: FilterSchema.optional() })
  .strict();

export const contactsService = {
  query: method(
    'A page of contacts matching a search, a list or a filter, in a sort order, with the total count.',
    ContactQuerySchema,
    z.object({ rows: z.array(ContactSchema), total: z.number().int().nonnegative() }),
  ),
  get: method(
    'One contact with the lists it belongs to.',
    z.object({ customerId: z.string() }).strict(),
    z.object({ contact: ContactSchema, lists: z.array(ContactListSchema.pick({ id: true, name: true })) }),
  ),
  save: method(
    'Add or change a contact (values are validated by field type).',
    z.object({ contact: z.record(z.string(), z.unknown()) }).strict(),
    ContactSchema,
  ),
  delete: method('Delete contacts.', z.object({ customerIds: z.array(z.string()).min(1) }).strict(), Ok),
  exportToFile: method(
    "Export contacts as CSV through the desktop app's save dialog, streamed to the file; path null when cancelled. UNAVAILABLE in browser mode (it downloads with exportCsv).",
    ContactExportSelectionSchema,
    z.object({ path: z.string().nullable(), rows: z.number().int().nonnegative() }),
  ),
  exportCsv: download(
    "Contacts (all, a list's members or a filter's matches) as a CSV file, streamed page by page: the browser's download.",
    ContactExportSelectionSchema,
    'text/csv; charset=utf-8',
  ),
} as const;

/** A list's name, by the one rule for names people see (as journeys and templates follow it). */
const ListNameSchema = z
  .string()
  .overwrite(normaliseDisplayText)
  .min(1, 'A list needs a name (with at least one visible character)')
  .max(200, 'A list name is at most 200 characters');

export const listsService = {
  list: method('Contact lists with their sizes.', NoInput, z.array(ContactListSchema)),
  create: method('A new, empty list.', z.object({ name: ListNameSchema }).strict(), ContactListSchema),
  rename: method('Rename a list.', z.object({ id: IdSchema, name: ListNameSchema }).strict(), ContactListSchema),
  delete: method('Delete a list (its contacts stay).', z.object({ id: IdSchema }).strict(), Ok),
  addMembers: method(
    'Add contacts to a list.',
    z.object({ id: IdSchema, customerIds: z.array(z.string()).min(1) }).strict(),
    ContactListSchema,
  ),
  removeMembers: method(
    'Remove contacts from a list.',
    z.object({ id: IdSchema, customerIds: z.array(z.string()).min(1) }).strict(),
    ContactListSchema,
  ),
} as const;

export const AudienceEstimateSchema = z.object({
  count: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  sample: z.array(ContactSchema),
  /** How the count was made: translated to SQL, or by the evaluator over every contact. */
  method: z.enum(['sql', 'evaluator', 'none']),
  /** Why no estimate is possible (e.g. an event-triggered entry), when method is none. */
  note: z.string().optional(),
  ms: z.number().nonnegative(),
});

export const audienceService = {
  estimate: method(
    'How many contacts a filter or list selects, with a sample.',
    z.union([
      z.object({ filter: FilterSchema }).strict(),
      z.object({ listId: IdSchema }).strict(),
      z.object({ all: z.literal(true) }).strict(),
    ]),
    AudienceEstimateSchema,
  ),
} as const;

/** Where a CSV comes from: a file the desktop app may read, or one the browser uploaded. */
export const ImportSourceSchema = z.union([
  z.object({ path: z.string().min(1) }).strict(),
  z.object({ uploadId: IdSchema }).strict(),
]);

export const ColumnMappingSchema = z.union([
  z.object({ to: z.literal('field'), key: z.string() }).strict(),
  z.object({ to: z.literal('ignore') }).strict(),
  z.object({ to: z.literal('newField'), key: z.string(), type: z.enum(FIELD_TYPES) }).strict(),
]);

export const ImportPreviewSchema = z.object({
  delimiter: z.string(),
  encoding: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  suggestedMapping: z.record(z.string(), ColumnMappingSchema),
});

export const ImportOptionsSchema = z
  .object({
    source: ImportSourceSchema,
    delimiter: z.string().min(1).max(1).optional(),
    encoding: z.enum(['utf-8', 'utf-16le', 'latin1']).optional(),
    mapping: z.record(z.string(), ColumnMappingSchema),
    existing: z.enum(['update', 'skip']),
    defaultCountry: z.string().length(2),
    addToList: z
      .union([z.object({ listId: IdSchema }).strict(), z.object({ newListName: z.string().trim().min(1) }).strict()])
      .optional(),
  })
  .strict();

export const ImportSummarySchema = z.object({
  jobId: IdSchema,
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  rowsRead: z.number().int().nonnegative(),
  rowsImported: z.number().int().nonnegative(),
  rowsUpdated: z.number().int().nonnegative(),
  rowsSkipped: z.number().int().nonnegative(),
  rowsRejected: z.number().int().nonnegative(),
  rowsPerSecond: z.number().nonnegative(),
  etaSeconds: z.number().nonnegative().nullable(),
  /** For cancelled or failed imports: what is in the database now (whole batches only). */
  message: z.string().optional(),
});

export const importsService = {
  upload: upload(
    'Receive a CSV file to import (kept for a day); imports name it by the uploadId. The desktop app imports files in place by path instead.',
    z.object({ uploadId: IdSchema }),
  ),
  preview: method(
    'The first rows of a CSV with its detected delimiter and encoding and a suggested column mapping.',
    z
      .object({
        source: ImportSourceSchema,
        delimiter: z.string().min(1).max(1).optional(),
        encoding: ImportOptionsSchema.shape.encoding,
      })
      .strict(),
    ImportPreviewSchema,
  ),
  start: method(
    'Start importing a CSV in the background; progress arrives as importProgress events.',
    ImportOptionsSchema,
    ImportSummarySchema,
  ),
  status: method('Where an import stands.', z.object({ jobId: IdSchema }).strict(), ImportSummarySchema),
  cancel: method(
    'Stop an import after the batch in progress.',
    z.object({ jobId: IdSchema }).strict(),
    ImportSummarySchema,
  ),
  rejects: method(
    'The rejected rows of an import as CSV: line number, reason, then the row.',
    z.object({ jobId: IdSchema }).strict(),
    z.object({ fileName: z.string(), csv: z.string() }),
  ),
  template: method(
    'A CSV to start from, with a header for every field.',
    NoInput,
    z.object({ fileName: z.string(), csv: z.string() }),
  ),
} as const;

export const ImportProgressEventSchema = ImportSummarySchema;
export const ContactsChangedEventSchema = z.object({ reason: z.enum(['import', 'edit', 'delete', 'lists', 'fields']) });
