import { CHANNEL_IDS, channelLabel, type Channel } from '../../../shared/model/channel';
import type { JourneyNode } from '../../../shared/model/index';
import { MOVED_DECISION } from '../engine/engine-store';

/** A step-log row as the engine wrote it. */
export interface LoggedDecision {
  at: number;
  decision: string;
  detail: Record<string, unknown>;
}

const quoted = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : `[${value.map(quoted).join(', ')}]`;
  return JSON.stringify(value);
};

function channelName(value: unknown): string {
  return typeof value === 'string' && (CHANNEL_IDS as readonly string[]).includes(value)
    ? channelLabel(value as Channel)
    : String(value);
}

function clock(ms: number, zone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(11, 16);
  }
}

function whenText(until: unknown, from: number, zone: string | undefined): string {
  const ms = typeof until === 'string' ? Date.parse(until) : NaN;
  if (Number.isNaN(ms)) return '';
  const sameDay = ms - from < 24 * 3600_000;
  const day = sameDay ? '' : ` on ${new Date(ms).toISOString().slice(0, 10)}`;
  // Times the engine recorded without a zone (retries, the frequency cap) are given in UTC.
  const shown = zone ?? 'UTC';
  return ` from ${clock(from, shown)} to ${clock(ms, shown)}${day} (${shown})`;
}

/**
 * A logged decision in words, for the timeline: what was decided at the step and why, built only
 * from what the engine recorded then (the values a condition read, the quiet-hours end, the
 * fallback's reason), so a later edit of the contact or the journey does not rewrite history.
 */
export function explainDecision(entry: LoggedDecision, node: JourneyNode | undefined): string {
  const { decision, detail } = entry;
  const label = node?.label ?? 'step';
  const zone = typeof detail.zone === 'string' ? detail.zone : undefined;
  switch (decision) {
    case 'yes':
    case 'no': {
      const read = (detail.read ?? {}) as Record<string, unknown>;
      const values = Object.entries(read).map(([key, value]) => `${key} is ${quoted(value)}`);
      const source = detail.source === 'event' ? ' (event)' : '';
      return `condition '${label}' ${decision === 'yes' ? 'true' : 'false'}${values.length ? `: ${values.join(', ')}` : ''}${source}`;
    }
    case 'path': {
      const branchId = String(detail.branch);
      const branch =
        node?.kind === 'randomSplit' ? node.config.branches.find((candidate) => candidate.id === branchId) : undefined;
      const point = typeof detail.point === 'number' ? ` (drew ${detail.point.toFixed(1)} of 100)` : '';
      return `random paths '${label}': ${branch?.label ?? branchId}${point}`;
    }
    case 'fallback':
      return `fallback to ${channelName(detail.to)}: ${String(detail.reason ?? 'no reason recorded')} (from ${channelName(detail.from)})`;
    case 'deferred: quiet hours':
      return `quiet hours: deferred${whenText(detail.until, entry.at, zone)}`;
    case 'deferred: frequency cap':
      return `frequency cap: ${String(detail.sent)} of ${String(detail.maxMessages)} messages in ${String(detail.periodHours)} h; deferred${whenText(detail.until, entry.at, undefined)}`;
    case 'sending':
      return `sending by ${channelName(detail.channel)} (attempt ${String(detail.attempt ?? 1)})`;
    case 'sent':
      return `sent by ${channelName(detail.channel)}`;
    case 'retry later':
      return `send refused for now: ${String(detail.reason)}; retry${whenText(detail.until, entry.at, undefined)}`;
    case 'not sent':
      return `not sent: ${String(detail.reason ?? 'every channel failed')}`;
    case 'waiting':
      return `delay '${label}': waiting${whenText(detail.until, entry.at, zone)}`;
    case 'waiting for event':
      return `waiting for ${String(detail.event)} until ${String(detail.timeoutAt ?? 'no time limit')}`;
    case 'timed out':
      return `timed out waiting${detail.event ? ` for ${String(detail.event)}` : ''}`;
    case 'event arrived':
      return `${String(detail.event)} arrived`;
    case 'converted: goal reached':
      return `converted: goal ${String(detail.event)} reached`;
    case MOVED_DECISION:
      return `moved from version ${String(detail.fromVersion)} step ${quoted(detail.fromLabel)} to version ${String(detail.toVersion)} step ${quoted(detail.toLabel)}`;
    case 'ended: error':
      return `ended by an error: ${String(detail.error)}`;
    case 'profile not updated':
      return `profile not updated: ${String(detail.reason)}`;
    case 'webhook failed':
    case 'webhook retry later':
    case 'webhook succeeded': {
      const status = detail.status === undefined ? '' : ` (HTTP ${String(detail.status)})`;
      const why = detail.error === undefined ? '' : `: ${String(detail.error)}`;
      return `${decision}${status}${why}`;
    }
    default:
      return decision;
  }
}
