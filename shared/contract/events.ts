import { formatZodIssues, type FormattedIssue } from '../model/index';
import type { ContractSpec } from './define';

export type ParsedEvent = { ok: true; payload: unknown } | { ok: false; message: string; issues: FormattedIssue[] };

/**
 * Checks an event against the contract's schema for it: the Node side before it sends one, the
 * renderer before it hands one to a listener. The message names the event and each field at fault.
 */
export function parseEvent(spec: ContractSpec, event: string, payload: unknown): ParsedEvent {
  if (!Object.hasOwn(spec.events, event)) {
    return { ok: false, message: `There is no event "${event}".`, issues: [] };
  }
  const parsed = spec.events[event]!.safeParse(payload);
  if (parsed.success) return { ok: true, payload: parsed.data };
  const issues = formatZodIssues(parsed.error);
  return {
    ok: false,
    message: `Invalid payload for event ${event}: ${issues.map((i) => `${i.path || '(payload)'}: ${i.message}`).join('; ')}`,
    issues,
  };
}
