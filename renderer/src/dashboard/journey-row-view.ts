import type { JourneySummary } from '../../../shared/contract/index';
import { journeyHealth, problemCountText } from '../../../shared/journey/summary';
import { canActivate, isLive } from '../../../shared/model/index';
import type { Route } from '../app/route';

/** A live or paused journey whose current version has an error shows as Broken and offers "Fix" (see journeyHealth). */
export function isBroken(journey: Pick<JourneySummary, 'status' | 'problems' | 'unreadable' | 'guided'>): boolean {
  return journeyHealth(journey).state === 'broken';
}

/** How many errors an unfinished draft has left, or null for a journey that is not one. */
export function unfinishedProblems(
  journey: Pick<JourneySummary, 'status' | 'problems' | 'unreadable' | 'guided'>,
): number | null {
  const health = journeyHealth(journey);
  return health.state === 'unfinished' ? health.problems : null;
}

/**
 * A journey whose stored data cannot be read is Broken too, but opening the editor cannot fix it:
 * it offers no Fix and shows why instead.
 */
export function canFix(journey: Pick<JourneySummary, 'status' | 'problems' | 'unreadable' | 'guided'>): boolean {
  return isBroken(journey) && journey.unreadable === undefined;
}

/** "Version 3 live", "Version 3 live · Draft open", or null for a journey that has never run. */
export function versionNote(journey: Pick<JourneySummary, 'status' | 'liveVersion' | 'draftOpen'>): string | null {
  if (journey.liveVersion === null || !isLive(journey.status)) return null;
  return journey.draftOpen ? `Version ${journey.liveVersion} live · Draft open` : `Version ${journey.liveVersion} live`;
}

/**
 * Where "Fix" goes: for a draft made in Guided Mode, its wizard at the first incomplete card;
 * otherwise the editor with the problems open and the first error's step in view.
 */
export function fixRoute(journey: Pick<JourneySummary, 'id' | 'problems' | 'guided' | 'status'>): Route {
  if (journey.guided !== undefined && !isLive(journey.status))
    return { page: 'guided', journeyId: journey.id, fix: true };
  const nodeId = journey.problems.firstError?.nodeId;
  return { page: 'editor', journeyId: journey.id, problems: true, ...(nodeId ? { focus: nodeId } : {}) };
}

/** The Fix button's tooltip: the first error in words, and how many more there are. */
export function fixHint(journey: Pick<JourneySummary, 'problems'>): string {
  const { errors, firstError } = journey.problems;
  const more = errors > 1 ? ` (+${errors - 1} more)` : '';
  return firstError ? `${firstError.message}${more}` : `${errors} ${errors === 1 ? 'error' : 'errors'} to fix`;
}

const GUIDED_STEP_NAMES: Readonly<Record<NonNullable<JourneySummary['guided']>['step'], string>> = {
  channel: 'step 1, Channel & parameters',
  events: 'step 2, Packages & events',
  configure: 'step 3, Configure journey',
};

/**
 * A Guided Mode draft the user left half-way offers "Continue setup": the wizard reopens at the step
 * it was left on, every choice kept. One the user asked to create and that still has errors is
 * Broken and offers Fix instead; a journey that has run is changed on the canvas.
 */
export function continueSetup(
  journey: Pick<JourneySummary, 'id' | 'status' | 'problems' | 'unreadable' | 'guided'>,
): { route: Route; hint: string } | null {
  if (journey.guided === undefined || !canActivate(journey.status) || isBroken(journey)) return null;
  const left = `Reopens Guided Mode at ${GUIDED_STEP_NAMES[journey.guided.step]}`;
  const problems = unfinishedProblems(journey);
  return {
    route: { page: 'guided', journeyId: journey.id },
    hint: problems === null ? `${left}.` : `${left}; ${problemCountText(problems)} left.`,
  };
}
