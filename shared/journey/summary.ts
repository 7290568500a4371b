import { stepKinds, type StepKindRegistry } from '../kinds/registry';
import { isLive, type Channel, type Journey, type JourneyStatus } from '../model/index';

export interface JourneyDigest {
  /** Every channel a contact may be messaged on, in order of first use (a step's own channel before its fallbacks). */
  channels: Channel[];
  /** The audience type of the first entry step ("all", "list", "orderEvent", …), or null without one. */
  entryType: string | null;
  nodeCount: number;
}

/** What the dashboard shows of a journey without loading it whole, from what each step's kind says of it. */
export function summarizeJourney(journey: Journey, kinds: StepKindRegistry = stepKinds): JourneyDigest {
  const channels = new Set<Channel>();
  let entryType: string | null = null;
  for (const node of journey.nodes) {
    const digest = kinds.of(node).digest(node);
    for (const channel of digest.channels) channels.add(channel);
    entryType ??= digest.entryType;
  }
  return { channels: [...channels], entryType, nodeCount: journey.nodes.length };
}

/**
 * How a journey's problems read on the dashboard. Broken is for a journey that is meant to run (live or
 * paused, or created in Guided Mode) and whose current version has errors, and for one whose stored data cannot be read; a draft
 * with errors is simply unfinished and says how many problems are left. Warnings alone are neither.
 */
export type JourneyHealth = { state: 'ok' } | { state: 'broken' } | { state: 'unfinished'; problems: number };

export interface JourneyHealthInput {
  status: JourneyStatus;
  problems: { errors: number };
  unreadable?: string | undefined;
  /** Guided Mode's setup: a journey the user asked to create is meant to run, like a live one. */
  guided?: { createRequested: boolean } | undefined;
}

export function journeyHealth({ status, problems, unreadable, guided }: JourneyHealthInput): JourneyHealth {
  if (unreadable !== undefined) return { state: 'broken' };
  if (problems.errors === 0) return { state: 'ok' };
  const meantToRun = isLive(status) || guided?.createRequested === true;
  return meantToRun ? { state: 'broken' } : { state: 'unfinished', problems: problems.errors };
}

/** "1 problem", "3 problems". */
export function problemCountText(count: number): string {
  return `${count} ${count === 1 ? 'problem' : 'problems'}`;
}
