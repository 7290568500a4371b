import type { Journey } from '../../../shared/model/index';
import type { Db } from './database';

/** Every template a journey names: each message node's template and its fallbacks' templates. */
export function templateIdsOf(journey: Journey): string[] {
  const ids = new Set<string>();
  for (const node of journey.nodes) {
    if (node.kind !== 'message') continue;
    if (node.config.templateId) ids.add(node.config.templateId);
    for (const fallback of node.config.fallbacks) if (fallback.templateId) ids.add(fallback.templateId);
  }
  return [...ids];
}

/**
 * Keeps journey_template_refs equal to what a journey's document names. Callers run it inside the
 * transaction that writes the document, so the index can never disagree with the documents.
 */
export function createTemplateRefsWriter(db: Db) {
  const clear = db.prepare('DELETE FROM journey_template_refs WHERE journey_id = ?');
  const add = db.prepare('INSERT OR IGNORE INTO journey_template_refs (journey_id, template_id) VALUES (?, ?)');
  return (journey: Journey): void => {
    clear.run(journey.id);
    for (const templateId of templateIdsOf(journey)) add.run(journey.id, templateId);
  };
}
