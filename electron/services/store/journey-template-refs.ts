import { templateIdsOf } from '../../../shared/exchange/template-references';
import type { Journey } from '../../../shared/model/index';
import type { Db } from './database';

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
