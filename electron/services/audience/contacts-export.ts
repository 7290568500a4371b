import type { z } from 'zod';
import type { Contact, FieldDefinition } from '../../../shared/audience/index';
import type { SqlCondition } from './filter-to-sql';
import { ApiError, ContactExportSelectionSchema } from '../../../shared/contract/index';
import { csvLine } from '../import/csv-text';
import type { Store } from '../store/store';
import { filterPart, listCondition } from './contact-selection';
import { currentFields } from './fields-service';

/** The browser's download (exportCsv) and the desktop save dialog (exportToFile) take the same selection. */
export const ExportRequestSchema = ContactExportSelectionSchema;
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

const PAGE = 5000;

/** A cell as the import reads it back: lists as a JSON array, true/false, dates as stored. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : JSON.stringify(value);
  return String(value);
}

function row(contact: Contact, fields: readonly FieldDefinition[]): string {
  return csvLine(
    fields.map((field) => cell(field.builtIn ? contact[field.key as keyof Contact] : contact.attributes[field.key])),
  );
}

export function exportFileName(request: ExportRequest, store: Store, now: Date): string {
  const what = request.listId
    ? store.lists
        .require(request.listId)
        .name.replace(/[^\p{L}\p{N}_-]+/gu, '-')
        .replace(/^-|-$/g, '') || 'list'
    : request.filter
      ? 'filtered'
      : 'all';
  return `contacts-${what}-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * The contacts as CSV text in chunks, header first, for streaming a download. Pages are read by
 * customerId ranges (keyset), each with a statement that finishes before the chunk is handed on,
 * so other calls can use the database while the client is slow to read.
 */
export function* exportContactsCsv(
  store: Store,
  request: ExportRequest,
  now: Date,
  tally: { rows: number } = { rows: 0 },
): Generator<string> {
  const fields = currentFields(store);
  const conditions: SqlCondition[] = [];
  if (request.listId !== undefined) {
    if (!store.lists.exists(request.listId))
      throw new ApiError('NOT_FOUND', `There is no contact list with id "${request.listId}".`);
    conditions.push(listCondition(request.listId));
  }
  const filter = request.filter ? filterPart(store, request.filter, fields, now) : null;
  if (filter?.method === 'sql') conditions.push(filter.condition);
  yield `${csvLine(fields.map((field) => field.key))}\r\n`;
  let after = '';
  for (;;) {
    const page = store.contacts.pageAfter(conditions, after, PAGE);
    if (page.length === 0) return;
    after = page[page.length - 1]!.customerId;
    const lines: string[] = [];
    for (const contact of page)
      if (filter?.method !== 'evaluator' || filter.matches(contact)) lines.push(row(contact, fields));
    tally.rows += lines.length;
    if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
  }
}
