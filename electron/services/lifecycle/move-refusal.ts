import { canActivate, MANUAL_TRANSITIONS, transitionLabel, type JourneyStatus } from '../../../shared/model/index';

/** Why a manual move is not allowed, listing the moves that are (as the UI labels them). */
export function moveRefusal(name: string, from: JourneyStatus, to: JourneyStatus): string {
  if (from === to) return `"${name}" is already ${to}.`;
  const allowed = MANUAL_TRANSITIONS[from].map((next) => `${transitionLabel(from, next)} (to ${next})`);
  const message = `"${name}" cannot move from ${from} to ${to}. From ${from} the allowed moves are: ${allowed.join(', ')}.`;
  return to === 'active' && canActivate(from)
    ? `${message} To run it, activate it: it is checked and frozen as a new version.`
    : message;
}
