import { ApiError, type ApiIssue, type Template } from '../../../shared/contract/index';
import { canActivate, isLive, type Journey } from '../../../shared/model/index';
import type { Diagnostic } from '../../../shared/validation/index';
import { templateIdsOf } from '../../../shared/exchange/template-references';
import type { StoredJourney } from '../store/journeys-repository';
import type { Store } from '../store/store';
import { describeState } from './editability';

/** Where the error is: its JSON path, else its step or connection, else "" for the journey as a whole. */
function issuePath(diagnostic: Diagnostic): string {
  if (diagnostic.path !== undefined) return diagnostic.path;
  if (diagnostic.nodeId !== undefined) return `nodes/${diagnostic.nodeId}`;
  return diagnostic.edgeId !== undefined ? `edges/${diagnostic.edgeId}` : '';
}

function issueOf(diagnostic: Diagnostic): ApiIssue {
  return { path: issuePath(diagnostic), message: diagnostic.message };
}

/**
 * INVALID_JOURNEY naming every error; the message quotes the first so a toast alone is enough to
 * act on. `refused` says what cannot be done: "cannot be activated".
 */
export function journeyErrorsRefusal(name: string, errors: readonly Diagnostic[], refused: string): ApiError {
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  return new ApiError(
    'INVALID_JOURNEY',
    `"${name}" has ${count} and ${refused}: ${errors[0]!.message}`,
    errors.map(issueOf),
  );
}

export function activationRefusal(name: string, errors: readonly Diagnostic[]): ApiError {
  return journeyErrorsRefusal(name, errors, 'cannot be activated');
}

/** Why the journey cannot be activated in its current state, or null when it can. */
export function activationStateProblem(stored: StoredJourney): string | null {
  const { name, status } = stored.journey;
  if (stored.deletedAt !== null) return `"${name}" is in the trash. Restore it before activating it.`;
  if (canActivate(status)) return null;
  if (isLive(status)) {
    return stored.draftOpen
      ? null
      : `"${name}" is already ${describeState(stored)} and has no draft to activate. Start a draft to change it.`;
  }
  if (status === 'stopped') return `"${name}" is stopped. Duplicate it to run it again as a new journey.`;
  return `"${name}" is archived. Unarchive it, then activate it.`;
}

/** Activation copies the templates the journey names, so later template edits never reach a running version. */
export function templatesToFreeze(store: Store, journey: Journey): Template[] {
  return templateIdsOf(journey).flatMap((id) => {
    const template = store.templates.find(id);
    return template ? [template] : [];
  });
}
