import { z } from 'zod';
import { ApiError, TemplateSchema, type Template, type TemplateUsage } from '../../../shared/contract/index';
import { JourneyStatusSchema } from '../../../shared/model/index';
import type { Db } from './database';
import { parseStoredJson } from './stored-json';
import { StoreError } from './store-error';

const TemplateRowSchema = z.object({
  id: z.string(),
  channel: z.string(),
  name: z.string(),
  language: z.string(),
  content: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});

const UsageRowSchema = z.object({
  template_id: z.string(),
  journey_id: z.string(),
  journey_name: z.string(),
  status: JourneyStatusSchema,
});

/** A stored template that cannot be read, listed with what is known of it so the user can act on it. */
export interface UnreadableTemplate {
  id: string;
  name: string;
  channel: string;
  reason: string;
}

type ReadRow = { template: Template } | { unreadable: UnreadableTemplate };

/** One damaged row is reported on its own instead of failing every list it belongs to. */
function readRow(raw: unknown): ReadRow {
  try {
    return { template: toTemplate(raw) };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    const row = raw as Partial<Record<'id' | 'name' | 'channel', unknown>>;
    return {
      unreadable: {
        id: String(row.id),
        name: String(row.name),
        channel: String(row.channel),
        reason: error.message,
      },
    };
  }
}

function toTemplate(raw: unknown): Template {
  const parsedRow = TemplateRowSchema.safeParse(raw);
  if (!parsedRow.success) throw new StoreError(`A stored template row is damaged: ${parsedRow.error.message}`);
  const row = parsedRow.data;
  const parsed = TemplateSchema.safeParse({
    id: row.id,
    channel: row.channel,
    name: row.name,
    language: row.language,
    content: parseStoredJson(z.unknown(), row.content, `content of template ${row.id}`),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(template)'}: ${issue.message}`);
    throw new StoreError(`The stored template ${row.id} ("${row.name}") cannot be read: ${issues.join('; ')}`);
  }
  return parsed.data;
}

export function createTemplatesRepository(db: Db) {
  const selectAll = db.prepare('SELECT * FROM templates ORDER BY name COLLATE NOCASE');
  const selectOne = db.prepare('SELECT * FROM templates WHERE id = ?');
  const selectNames = db.prepare('SELECT name FROM templates').pluck();
  const selectName = db.prepare('SELECT name FROM templates WHERE id = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO templates (id, channel, name, language, content, created_at, updated_at)
     VALUES (@id, @channel, @name, @language, @content, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, language = excluded.language,
       content = excluded.content, updated_at = excluded.updated_at`,
  );
  const deleteOne = db.prepare('DELETE FROM templates WHERE id = ?');
  // Journeys in the trash do not count as users: they cannot run until restored.
  const USAGE = `SELECT r.template_id, j.id AS journey_id, j.name AS journey_name, j.status
    FROM journey_template_refs AS r JOIN journeys AS j ON j.id = r.journey_id
    WHERE j.deleted_at IS NULL`;
  const selectAllUsage = db.prepare(`${USAGE} ORDER BY j.name COLLATE NOCASE, j.id`);
  const selectUsage = db.prepare(`${USAGE} AND r.template_id = ? ORDER BY j.name COLLATE NOCASE, j.id`);

  /** A journey row whose status is damaged is left out of usage; the journey list reports it. */
  function toUsage(raw: unknown): (TemplateUsage & { templateId: string })[] {
    const parsed = UsageRowSchema.safeParse(raw);
    if (!parsed.success) return [];
    const row = parsed.data;
    return [
      {
        templateId: row.template_id,
        journeyId: row.journey_id,
        journeyName: row.journey_name,
        status: row.status,
      },
    ];
  }

  function find(id: string): Template | undefined {
    const row = selectOne.get(id);
    return row ? toTemplate(row) : undefined;
  }

  return {
    /** The readable templates; see unreadable() for the others. */
    list(): Template[] {
      return selectAll.all().flatMap((raw) => {
        const read = readRow(raw);
        return 'template' in read ? [read.template] : [];
      });
    },
    unreadable(): UnreadableTemplate[] {
      return selectAll.all().flatMap((raw) => {
        const read = readRow(raw);
        return 'unreadable' in read ? [read.unreadable] : [];
      });
    },
    find,
    require(id: string): Template {
      const template = find(id);
      if (!template) throw new ApiError('NOT_FOUND', `There is no template with id "${id}".`);
      return template;
    },
    /** The stored name, readable even when the rest of the row is not (to delete a damaged template). */
    nameOf(id: string): string {
      const name = selectName.get(id) as string | undefined;
      if (name === undefined) throw new ApiError('NOT_FOUND', `There is no template with id "${id}".`);
      return name;
    },
    names(): string[] {
      return selectNames.all() as string[];
    },
    /** The live journeys that name each template, keyed by template id. */
    usage(): Map<string, TemplateUsage[]> {
      const byTemplate = new Map<string, TemplateUsage[]>();
      for (const { templateId, ...usage } of selectAllUsage.all().flatMap(toUsage)) {
        const list = byTemplate.get(templateId) ?? [];
        list.push(usage);
        byTemplate.set(templateId, list);
      }
      return byTemplate;
    },
    usageOf(templateId: string): TemplateUsage[] {
      return selectUsage
        .all(templateId)
        .flatMap(toUsage)
        .map(({ templateId: _ignored, ...usage }) => usage);
    },
    put(template: Template): Template {
      upsert.run({ ...template, content: JSON.stringify(template.content) });
      return template;
    },
    delete(id: string): void {
      if (deleteOne.run(id).changes === 0) throw new ApiError('NOT_FOUND', `There is no template with id "${id}".`);
    },
  };
}

export type TemplatesRepository = ReturnType<typeof createTemplatesRepository>;
