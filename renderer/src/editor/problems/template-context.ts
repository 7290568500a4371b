import type { Template } from '../../../../shared/templates/template';
import { validationTemplateOf, type ValidationTemplate } from '../../../../shared/validation/index';

/**
 * The validator's view of the template library, rebuilt cheaply on every check: a template's
 * variables are extracted (Liquid parsing, the costly part) once per revision — id plus
 * updatedAt — and reused until it is saved again. The same list gives back the same map.
 */
export function createTemplateContextCache() {
  let entries = new Map<string, { updatedAt: string; value: ValidationTemplate }>();
  let lastList: readonly Template[] | null = null;
  let lastMap: ReadonlyMap<string, ValidationTemplate> = new Map();

  return function templatesFor(list: readonly Template[]): ReadonlyMap<string, ValidationTemplate> {
    if (list === lastList) return lastMap;
    const nextEntries = new Map<string, { updatedAt: string; value: ValidationTemplate }>();
    const map = new Map<string, ValidationTemplate>();
    for (const template of list) {
      const known = entries.get(template.id);
      let value: ValidationTemplate;
      if (known && known.updatedAt === template.updatedAt && known.value.channel === template.channel) {
        // A rename in this window may arrive before the stored updatedAt does; names cost nothing.
        value = known.value.name === template.name ? known.value : { ...known.value, name: template.name };
      } else {
        value = validationTemplateOf(template);
      }
      nextEntries.set(template.id, { updatedAt: template.updatedAt, value });
      map.set(template.id, value);
    }
    // Deleted templates are forgotten rather than kept for a library that no longer has them.
    entries = nextEntries;
    lastList = list;
    lastMap = map;
    return map;
  };
}

export type TemplateContextCache = ReturnType<typeof createTemplateContextCache>;
