import type { Template } from '../templates/template';
import { extractVariables } from '../templates/liquid';
import { templateProblems } from '../templates/template-problems';
import type { ValidationTemplate } from './diagnostic';

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) collectStrings(item, into);
}

/**
 * What the validator needs of a template: every variable any of its fields reads, and the errors it
 * has whatever it is rendered with. Parsing Liquid
 * is the costly part, so callers keep the result per template revision (updatedAt) rather than
 * recomputing it on every validation. A field that does not parse contributes no variables; the
 * template editor reports the syntax error itself.
 */
export function validationTemplateOf(template: Template): ValidationTemplate {
  const sources: string[] = [];
  collectStrings(template.content, sources);
  const variables = new Set<string>();
  for (const source of sources) {
    if (!source.includes('{')) continue;
    for (const path of extractVariables(source).paths) variables.add(path);
  }
  return {
    id: template.id,
    name: template.name,
    channel: template.channel,
    variables: [...variables].sort(),
    problems: templateProblems(template),
  };
}
