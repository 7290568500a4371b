import { z } from 'zod';
import { ApiError, TemplateSchema, type Template } from '../../../shared/contract/index';
import type { Db } from './database';
import { parseStoredJson } from './stored-json';

const TemplateRowSchema = z.object({
  id: z.string(),
  channel: z.string(),
  name: z.string(),
  language: z.string(),
  content: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});

function toTemplate(raw: unknown): Template {
  const row = TemplateRowSchema.parse(raw);
  return TemplateSchema.parse({
    id: row.id,
    channel: row.channel,
    name: row.name,
    language: row.language,
    content: parseStoredJson(z.record(z.string(), z.unknown()), row.content, `content of template ${row.id}`),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function createTemplatesRepository(db: Db) {
  const selectAll = db.prepare('SELECT * FROM templates ORDER BY name COLLATE NOCASE');
  const selectOne = db.prepare('SELECT * FROM templates WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO templates (id, channel, name, language, content, created_at, updated_at)
     VALUES (@id, @channel, @name, @language, @content, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, language = excluded.language,
       content = excluded.content, updated_at = excluded.updated_at`,
  );
  const deleteOne = db.prepare('DELETE FROM templates WHERE id = ?');

  function find(id: string): Template | undefined {
    const row = selectOne.get(id);
    return row ? toTemplate(row) : undefined;
  }

  return {
    list(): Template[] {
      return selectAll.all().map(toTemplate);
    },
    find,
    require(id: string): Template {
      const template = find(id);
      if (!template) throw new ApiError('NOT_FOUND', `There is no template with id "${id}".`);
      return template;
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
