import { canonicalJson, nameForImport } from '../../../shared/exchange/index';
import type { Template } from '../../../shared/templates/index';
import type { Store } from '../store/store';

export interface ImportedTemplates {
  /** Template id in the file → id of the template the journey uses here. */
  idMap: Map<string, string>;
  created: Template[];
  reused: number;
}

function contentKey(template: Pick<Template, 'channel' | 'content'>): string {
  return `${template.channel}\n${canonicalJson(template.content)}`;
}

/**
 * Brings a file's templates in, to be run inside the import's transaction. A template already here
 * with the same channel and content is reused rather than copied, so importing the same file twice
 * does not fill the library with duplicates; any other template becomes a new one with a new id
 * (never overwriting an existing one), its name made unique.
 */
export function importTemplates(
  store: Store,
  templates: readonly Template[],
  newId: () => string,
  now: string,
): ImportedTemplates {
  const existing = new Map<string, string>();
  for (const template of store.templates.list()) {
    const key = contentKey(template);
    if (!existing.has(key)) existing.set(key, template.id);
  }
  const takenNames = new Set(store.templates.names());
  const idMap = new Map<string, string>();
  const created: Template[] = [];
  let reused = 0;
  for (const template of templates) {
    const key = contentKey(template);
    const same = existing.get(key);
    if (same !== undefined) {
      idMap.set(template.id, same);
      reused++;
      continue;
    }
    const id = newId();
    // put() would overwrite a template with this id; a fresh id that is taken means something is badly wrong.
    if (store.templates.find(id) !== undefined) throw new Error(`The new template id "${id}" is already taken.`);
    const name = nameForImport(template.name, takenNames);
    takenNames.add(name);
    const copy = store.templates.put({ ...template, id, name, createdAt: now, updatedAt: now });
    existing.set(key, id);
    idMap.set(template.id, id);
    created.push(copy);
  }
  return { idMap, created, reused };
}
