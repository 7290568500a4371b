import { z } from 'zod';
import { fieldKeyOf } from '../../../shared/audience/index';
import type { Db } from './database';

export interface FieldUsage {
  kind: 'journey' | 'template';
  id: string;
  name: string;
}

const UsageRowSchema = z.object({ id: z.string(), name: z.string(), text: z.string() });

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** {{ customer.key }}, {% if customer.key %} …: the key followed by anything that cannot continue it. */
function templateReference(key: string): RegExp {
  return new RegExp(`customer\\.${escapeRegExp(key)}(?![A-Za-z0-9_])`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function filterRuleFields(filter: unknown): string[] {
  if (!isRecord(filter) || !Array.isArray(filter.groups)) return [];
  return filter.groups.flatMap((group: unknown) =>
    isRecord(group) && Array.isArray(group.rules)
      ? group.rules.flatMap((rule: unknown) =>
          isRecord(rule) && typeof rule.field === 'string' ? [fieldKeyOf(rule.field)] : [],
        )
      : [],
  );
}

/**
 * Profile fields a journey's filters name: entry audiences of type filter and conditions on the
 * profile. Read loosely (documents of any stored shape), since a damaged journey must not make a
 * field look unused.
 */
export function journeyFilterFields(document: unknown): Set<string> {
  const keys = new Set<string>();
  if (!isRecord(document) || !Array.isArray(document.nodes)) return keys;
  for (const node of document.nodes as unknown[]) {
    if (!isRecord(node) || !isRecord(node.config)) continue;
    const { config } = node;
    if (node.kind === 'entry' && isRecord(config.audience) && config.audience.type === 'filter') {
      filterRuleFields(config.audience.filter).forEach((key) => keys.add(key));
    }
    if (node.kind === 'condition' && config.source !== 'event')
      filterRuleFields(config.filter).forEach((key) => keys.add(key));
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
 * Who uses a customer field: live journeys whose filters name it or whose document mentions
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
      const reference = templateReference(key);
      const found: FieldUsage[] = [];
      for (const raw of journeys.iterate()) {
        const row = UsageRowSchema.parse(raw);
        if (reference.test(row.text) || journeyFilterFields(parseJson(row.text)).has(key))
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
