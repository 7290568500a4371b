import { CustomFieldsSchema, FIELD_TYPE_LABELS, type CustomField } from '../../../shared/audience/index';
import type { Store } from '../store/store';

/**
 * Creates the file's custom fields that this project lacks, inside the import's transaction. A
 * field that exists already is left as it is (a different type only earns a warning: changing it
 * could invalidate every contact's value), and one whose key is too close to an existing field is
 * not created. Returns the keys created.
 */
export function importFields(store: Store, fields: readonly CustomField[], now: string, warnings: string[]): string[] {
  const created: string[] = [];
  for (const field of fields) {
    const local = store.fields.find(field.key);
    if (local !== undefined) {
      if (local.type !== field.type) {
        warnings.push(
          `Customer field "${field.key}" is ${FIELD_TYPE_LABELS[local.type]} here but ${FIELD_TYPE_LABELS[field.type]} in the file; the existing field was kept.`,
        );
      }
      continue;
    }
    const together = CustomFieldsSchema.safeParse([...store.fields.list(), field]);
    if (!together.success) {
      warnings.push(
        `Customer field "${field.key}" was not created: ${together.error.issues[0]?.message ?? 'it clashes with an existing field'}.`,
      );
      continue;
    }
    store.fields.insert(field, now);
    created.push(field.key);
  }
  return created;
}
