import type Database from 'better-sqlite3';
import { z } from 'zod';
import { CONTENT_SCHEMAS, defaultContent, type TemplateChannel } from '../../../../shared/templates/index';

const TemplateRowSchema = z.object({ id: z.string(), channel: z.string(), content: z.string() });

function isTemplateChannel(channel: string): channel is TemplateChannel {
  return Object.hasOwn(CONTENT_SCHEMAS, channel);
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * Keeps every field of the old free-form content that already has the right shape for its channel
 * and fills the rest from the channel's defaults, so each row parses with the per-channel schema.
 * Keys the channel does not know are dropped; the pre-upgrade backup file still holds them.
 */
export function reshapeContent(channel: TemplateChannel, old: Record<string, unknown>): unknown {
  const schema = CONTENT_SCHEMAS[channel];
  const shape = schema.shape as Record<string, z.ZodType>;
  const merged: Record<string, unknown> = { ...defaultContent(channel) };
  for (const key of Object.keys(merged)) {
    if (old[key] !== undefined && shape[key]!.safeParse(old[key]).success) merged[key] = old[key];
  }
  // Fields can be valid one by one yet not together only if the schema grows cross-field rules.
  return schema.safeParse(merged).success ? merged : defaultContent(channel);
}

export function reshapeTemplateContent(db: Database.Database): void {
  const update = db.prepare('UPDATE templates SET content = ? WHERE id = ?');
  for (const raw of db.prepare('SELECT id, channel, content FROM templates').all()) {
    const row = TemplateRowSchema.parse(raw);
    // An unknown channel was never writable; leave it for the repository to report by name.
    if (!isTemplateChannel(row.channel)) continue;
    update.run(JSON.stringify(reshapeContent(row.channel, parseObject(row.content))), row.id);
  }
}
