import type { Channel } from '../model/channel';
import { splitVariablePath } from '../templates/variable-path';
import type { CheckEnv } from './check-env';
import type { ValidationTemplate } from './diagnostic';

/**
 * Roots of the data an event carries into the journey. Be lenient about what lies beneath them:
 * event payloads are free-form, so any path under these counts as provided when contacts enter on
 * an event (custom or order event), and none does when they enter from a list, a filter or "all".
 */
const EVENT_DATA_ROOTS: ReadonlySet<string> = new Set(['event', 'order']);

/** Values the rendering pipeline adds for a channel: an email body may show its rendered subject and preheader. */
const PIPELINE_ROOTS: Partial<Record<Channel, ReadonlySet<string>>> = {
  email: new Set(['subject', 'preheader']),
};

function providedByJourney(env: CheckEnv, path: string, channel: Channel): boolean {
  const segments = splitVariablePath(path);
  // Paths come from extractVariables, which always writes readable ones; an odd one is not second-guessed.
  if (segments === null) return true;
  const [root, field] = segments;
  if (root === 'customer')
    return field === undefined || (typeof field === 'string' && env.customerFieldKeys().has(field));
  if (typeof root === 'string' && EVENT_DATA_ROOTS.has(root)) return env.eventEntry;
  // The journey state (named values kept with the journey where it runs, set through its journey
  // API): free-form like event data, and what is set there is not known here.
  if (root === 'journey' && segments[1] === 'state') return segments.length > 2;
  return typeof root === 'string' && PIPELINE_ROOTS[channel]?.has(root) === true;
}

/** The variables of `template` that neither customer fields, event data nor the pipeline provide; once per template. */
export function unprovidedVariables(env: CheckEnv, template: ValidationTemplate): readonly string[] {
  const cached = env.unprovidedByTemplate.get(template.id);
  if (cached !== undefined) return cached;
  const unprovided: string[] = [];
  for (const path of template.variables) if (!providedByJourney(env, path, template.channel)) unprovided.push(path);
  env.unprovidedByTemplate.set(template.id, unprovided);
  return unprovided;
}

/** A message's own variables fill a name and everything beneath it: "order" covers "order.total". */
export function providedByMessage(path: string, variables: Readonly<Record<string, string>>): boolean {
  for (const name in variables) {
    if (!Object.hasOwn(variables, name)) continue;
    if (path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`)) return true;
  }
  return false;
}

/** Why a variable is missing, as what to do about it. */
export function undefinedVariableHint(env: CheckEnv, path: string): string {
  const [root, field] = splitVariablePath(path) ?? [];
  if (root === 'customer' && typeof field === 'string') {
    return `Add a customer field "${field}" under Customer fields, fill the variable in the message's variables, or change the template.`;
  }
  if (typeof root === 'string' && EVENT_DATA_ROOTS.has(root) && !env.eventEntry) {
    return "Event data is only there when the journey starts on an event: change the entry, fill the variable in the message's variables, or change the template.";
  }
  return "Fill the variable in the message's variables, or change the template.";
}
