import type { z } from 'zod';
import { FIELD_TYPES, type FieldType } from '../../../../shared/audience/index';
import type { ColumnMappingSchema } from '../../../../shared/contract/index';

export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;
export type Mapping = Record<string, ColumnMapping>;

/** A mapping as the value of one <select>: "ignore", "field:email", "new:number". */
export function choiceOf(mapping: ColumnMapping | undefined): string {
  if (mapping === undefined || mapping.to === 'ignore') return 'ignore';
  return mapping.to === 'field' ? `field:${mapping.key}` : `new:${mapping.type}`;
}

export function mappingOf(choice: string, column: string): ColumnMapping {
  if (choice.startsWith('field:')) return { to: 'field', key: choice.slice('field:'.length) };
  if (choice.startsWith('new:')) {
    const type = choice.slice('new:'.length);
    if ((FIELD_TYPES as readonly string[]).includes(type))
      return { to: 'newField', key: keyFromColumn(column), type: type as FieldType };
  }
  return { to: 'ignore' };
}

/** A field key from a column header: "Loyalty tier" → "loyaltyTier", "2nd phone" → "f2ndPhone". */
export function keyFromColumn(column: string): string {
  const words = column
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '');
  const camel = words
    .map((word, index) =>
      index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join('');
  if (camel === '') return 'field';
  return (/^[a-z]/.test(camel) ? camel : `f${camel}`).slice(0, 64);
}

/** Why the mapping cannot be imported, or null: customerId is the key every row is matched by. */
export function mappingProblem(mapping: Mapping): string | null {
  const targets = Object.values(mapping).flatMap((entry) => (entry.to === 'ignore' ? [] : [entry.key]));
  if (!targets.includes('customerId')) return 'Map a column to Customer ID (customerId): every contact needs one.';
  const seen = new Set<string>();
  for (const key of targets) {
    if (seen.has(key)) return `Two columns go to "${key}"; map each field from one column only.`;
    seen.add(key);
  }
  return null;
}

/**
 * What to do with columns that match no field: leave them out, or create a text field for each.
 * Only columns the person has not mapped to an existing field are touched.
 */
export function applyUnknownColumns(
  mapping: Mapping,
  columns: readonly string[],
  choice: 'ignore' | 'create',
): Mapping {
  const next: Mapping = { ...mapping };
  for (const column of columns) {
    const current = next[column];
    if (current?.to === 'field') continue;
    next[column] =
      choice === 'create'
        ? {
            to: 'newField',
            key: current?.to === 'newField' ? current.key : keyFromColumn(column),
            type: current?.to === 'newField' ? current.type : 'text',
          }
        : { to: 'ignore' };
  }
  return next;
}
