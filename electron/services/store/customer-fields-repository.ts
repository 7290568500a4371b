import { z } from 'zod';
import { CustomFieldSchema, type CustomField } from '../../../shared/audience/index';
import type { Db } from './database';
import { parseStoredJson } from './stored-json';
import { StoreError } from './store-error';

const FieldRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  type: z.string(),
  options: z.string().nullable(),
});

const OptionsSchema = z.array(z.string());

function toField(raw: unknown): CustomField {
  const row = FieldRowSchema.parse(raw);
  const options =
    row.options === null
      ? undefined
      : parseStoredJson(OptionsSchema, row.options, `options of customer field ${row.key}`);
  const parsed = CustomFieldSchema.safeParse({
    key: row.key,
    label: row.label,
    description: row.description,
    type: row.type,
    ...(options ? { options } : {}),
  });
  if (!parsed.success)
    throw new StoreError(
      `The stored customer field "${row.key}" is not valid: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  return parsed.data;
}

function toRow(field: CustomField, now: string) {
  return {
    key: field.key,
    label: field.label,
    description: field.description,
    type: field.type,
    options: field.options === undefined ? null : JSON.stringify(field.options),
    now,
  };
}

/** Custom customer fields; built-in fields are code, not rows. */
export function createCustomFieldsRepository(db: Db) {
  const selectAll = db.prepare(
    'SELECT key, label, description, type, options FROM customer_fields ORDER BY created_at, key',
  );
  const selectOne = db.prepare('SELECT key, label, description, type, options FROM customer_fields WHERE key = ?');
  const insert = db.prepare(
    'INSERT INTO customer_fields (key, label, description, type, options, created_at, updated_at) VALUES (@key, @label, @description, @type, @options, @now, @now)',
  );
  const update = db.prepare(
    'UPDATE customer_fields SET label = @label, description = @description, options = @options, updated_at = @now WHERE key = @key',
  );
  const renameRow = db.prepare('UPDATE customer_fields SET key = ?, updated_at = ? WHERE key = ?');
  const deleteRow = db.prepare('DELETE FROM customer_fields WHERE key = ?');
  // Keys are identifier-shaped (CustomFieldSchema), so the JSON path needs only the quotes.
  const renameValues = db.prepare(
    `UPDATE contacts SET attributes = json_remove(json_set(attributes, '$."' || @to || '"', json(attributes -> ('$."' || @from || '"'))), '$."' || @from || '"')
     WHERE json_type(attributes, '$."' || @from || '"') IS NOT NULL`,
  );
  const removeValues = db.prepare(
    `UPDATE contacts SET attributes = json_remove(attributes, '$."' || ? || '"') WHERE json_type(attributes, '$."' || ? || '"') IS NOT NULL`,
  );

  return {
    list: (): CustomField[] => selectAll.all().map(toField),
    find: (key: string): CustomField | undefined => {
      const row = selectOne.get(key);
      return row === undefined ? undefined : toField(row);
    },
    insert: (field: CustomField, now: string): void => void insert.run(toRow(field, now)),
    update: (field: CustomField, now: string): void => void update.run(toRow(field, now)),
    /** Renames the field and moves every contact's value to the new key, in one transaction. */
    rename: db.transaction((from: string, to: string, now: string): void => {
      renameRow.run(to, now, from);
      renameValues.run({ from, to });
    }),
    /** Deletes the field and its values on every contact. */
    delete: db.transaction((key: string): void => {
      deleteRow.run(key);
      removeValues.run(key, key);
    }),
  };
}

export type CustomFieldsRepository = ReturnType<typeof createCustomFieldsRepository>;
