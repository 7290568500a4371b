import {
  FIELD_TYPE_LABELS,
  fieldKeyIndex,
  indexFieldKey,
  keyClash,
  type CustomField,
} from '../../../shared/audience/index';
import type { Store } from '../store/store';

/**
 * Creates the file's custom fields that this project lacks, inside the import's transaction. A
 * field that exists already is left as it is (a different type only earns a warning: changing it
 * could invalidate every contact's value), and one whose key is too close to an existing field is
 * not created. Returns the keys created. The project's fields are read once and looked up by key,
 * so the work grows with the number of fields rather than with its square.
 */
export function importFields(store: Store, fields: readonly CustomField[], now: string, warnings: string[]): string[] {
  const local = new Map(store.fields.list().map((field) => [field.key, field]));
  const keys = fieldKeyIndex(local.values());
  const created: string[] = [];
  for (const field of fields) {
    const existing = local.get(field.key);
    if (existing !== undefined) {
      if (existing.type !== field.type) {
        warnings.push(
          `Customer field "${field.key}" is ${FIELD_TYPE_LABELS[existing.type]} here but ${FIELD_TYPE_LABELS[field.type]} in the file; the existing field was kept.`,
        );
      }
      continue;
    }
    const clash = keyClash(field.key, keys);
    if (clash !== undefined) {
      warnings.push(`Customer field "${field.key}" was not created: ${clash}.`);
      continue;
    }
    store.fields.insert(field, now);
    local.set(field.key, field);
    indexFieldKey(keys, field.key);
    created.push(field.key);
  }
  return created;
}
