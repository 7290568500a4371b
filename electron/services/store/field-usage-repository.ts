import { z } from 'zod';
import { fieldKeyOf } from '../../../shared/audience/index';
import { customerReference } from '../../../shared/exchange/used-fields';
import { stepKinds } from '../../../shared/kinds/registry';
import type { Db } from './database';

export interface FieldUsage {
  kind: 'journey' | 'template';
  id: string;
  name: string;
}

const UsageRowSchema = z.object({ id: z.string(), name: z.string(), text: z.string() });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every "field" string anywhere in a value: what a step that does not parse may name. */
function looseFieldNames(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) looseFieldNames(item, into);
  else if (isRecord(value))
    for (const [key, item] of Object.entries(value)) {
      if (key === 'field' && typeof item === 'string') into.add(fieldKeyOf(item));
      else looseFieldNames(item, into);
    }
}

/**
 * Customer fields a stored journey's steps name in their settings, as each kind says (filters,
 * profile conditions, profile updates). Documents of any stored shape are read: a step that does
 * not parse as its kind counts every field name in it, since a damaged journey must not make a
 * field look unused.
 */
export function journeyStepFields(document: unknown): Set<string> {
  const keys = new Set<string>();
  if (!isRecord(document) || !Array.isArray(document.nodes)) return keys;
  for (const node of document.nodes as unknown[]) {
    if (!isRecord(node)) continue;
    const kind = typeof node.kind === 'string' ? stepKinds.get(node.kind) : undefined;
    const parsed = kind?.nodeSchema.safeParse(node);
    if (kind !== undefined && parsed?.success === true) {
      for (const key of kind.fieldsRead(parsed.data).profileFields) keys.add(key);
    } else {
      looseFieldNames(node.config, keys);
    }
  }
  return keys;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Who uses a customer field: live journeys whose steps name it or whose document mentions
 * customer.<key> (inline message text), and templates whose content mentions customer.<key>.
 * Journeys in the trash are left out: restoring one revalidates it against the fields.
 */
export function createFieldUsageRepository(db: Db) {
  const journeys = db.prepare(
    'SELECT id, name, document AS text FROM journeys WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id',
  );
  const templates = db.prepare('SELECT id, name, content AS text FROM templates ORDER BY name COLLATE NOCASE, id');

  return {
    usage(key: string): FieldUsage[] {
      const reference = customerReference(key);
      const found: FieldUsage[] = [];
      for (const raw of journeys.iterate()) {
        const row = UsageRowSchema.parse(raw);
        if (reference.test(row.text) || journeyStepFields(parseJson(row.text)).has(key))
          found.push({ kind: 'journey', id: row.id, name: row.name });
      }
      for (const raw of templates.iterate()) {
        const row = UsageRowSchema.parse(raw);
        if (reference.test(row.text)) found.push({ kind: 'template', id: row.id, name: row.name });
      }
      return found;
    },
  };
}
