import { ApiError, type RunMove } from '../../../../shared/contract/index';
import type { JourneyStatus } from '../../../../shared/model/index';
import type { Diagnostic } from '../../../../shared/validation/index';
import type { AppClient } from '../../api/client';
import type { AppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { activatedChangesMessage } from './activation-impact-view';
import { exportJourney } from './export-journey';
import { draftStartedMessage, transitionDoneMessage } from './lifecycle-view';
import { plural } from '../../ui/plural';

/** What Validate says: clean, clean with warnings, or how many errors stand in the way. */
export function validationMessage(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): {
  tone: 'info' | 'error';
  text: string;
  openPanel: boolean;
} {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors)
    return {
      tone: 'error',
      text: `${plural(errors, 'error')} to fix before this journey can be activated.`,
      openPanel: true,
    };
  if (warnings)
    return {
      tone: 'info',
      text: `No errors — ready to activate. ${plural(warnings, 'warning')} to review in Problems.`,
      openPanel: true,
    };
  return { tone: 'info', text: 'No problems — ready to activate.', openPanel: false };
}

/** The refusal of an activation, in one line naming the first errors. */
export function activationRefusedMessage(error: ApiError): string {
  const issues = error.issues ?? [];
  if (!issues.length) return `Not activated: ${error.message}`;
  const listed = issues.slice(0, 3).map((issue) => issue.message);
  const more = issues.length > listed.length ? ` (and ${issues.length - listed.length} more)` : '';
  return `Not activated: ${plural(issues.length, 'error')} to fix first. ${listed.join(' ')}${more}`;
}

export interface LifecycleActions {
  validate(): Promise<void>;
  /**
   * First activation of a draft, or activating the changes of the open draft of a live journey,
   * moving the contacts in flight that `moves` names to the new version.
   */
  activate(moves?: readonly RunMove[]): Promise<void>;
  startDraft(): Promise<void>;
  discardDraft(): Promise<void>;
  /** `exitInFlight`: stopping only, the contacts in flight leave now instead of finishing. */
  transition(to: JourneyStatus, exitInFlight?: boolean): Promise<void>;
  exportJourney(): Promise<void>;
}

/**
 * The header's lifecycle commands. Each saves pending edits first (acting on a document the store
 * has not got would activate the wrong thing), takes the answer as the new saved state and says
 * what happened; failures become notices rather than exceptions.
 */
export function createLifecycleActions(client: AppClient, store: AppStore): LifecycleActions {
  const state = () => store.getState();
  const journeyId = () => {
    const id = state().editorJourneyId;
    if (!id) throw new Error('No journey is open.');
    return id;
  };

  async function attempt(failure: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      state().notify('error', `${failure}: ${messageOf(error)}`);
    }
  }

  function showProblems(diagnostics: readonly Diagnostic[]) {
    state().showValidationResult(diagnostics);
    state().openProblems();
  }

  /** Activation was refused: list the errors where they are fixed, and say so. */
  async function explainRefusal(id: string, error: ApiError) {
    state().notify('error', activationRefusedMessage(error));
    try {
      const checked = await client.journeys.validate({ id });
      state().applySavedJourney(checked);
      showProblems(checked.diagnostics);
    } catch {
      // The notice already names the errors; the panel is a convenience.
    }
  }

  async function activate(changingLive: boolean, moves: readonly RunMove[]) {
    const id = journeyId();
    await state().settleSaves();
    try {
      const result = await client.journeys.activate({
        id,
        expectedRevision: state().savedRevision,
        moves: [...moves],
      });
      state().applySavedJourney(result);
      state().showValidationResult([]);
      state().notify(
        'info',
        changingLive ? activatedChangesMessage(result) : `Activated: version ${result.version} is live.`,
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_JOURNEY') {
        await explainRefusal(id, error);
        return;
      }
      throw error;
    }
  }

  return {
    validate: () =>
      attempt('The journey could not be validated', async () => {
        const id = journeyId();
        await state().settleSaves();
        const result = await client.journeys.validate({ id });
        state().applySavedJourney(result);
        state().showValidationResult(result.diagnostics);
        const message = validationMessage(result.diagnostics);
        if (message.openPanel) state().openProblems();
        state().notify(message.tone, message.text);
      }),
    activate: (moves = []) => attempt('The journey could not be activated', () => activate(state().draftOpen, moves)),
    startDraft: () =>
      attempt('A draft could not be started', async () => {
        const result = await client.journeys.startDraft({ id: journeyId() });
        state().applySavedJourney(result);
        state().notify('info', draftStartedMessage(result.liveVersion));
      }),
    discardDraft: () =>
      attempt('The draft could not be discarded', async () => {
        // Whatever is pending is about to be thrown away; waiting only avoids a save landing after the discard.
        await state().saveFlusher?.();
        const result = await client.journeys.discardDraft({ id: journeyId() });
        state().applySavedJourney(result);
        state().notify(
          'info',
          result.liveVersion === null
            ? 'Draft discarded.'
            : `Draft discarded: version ${result.liveVersion} is what runs.`,
        );
      }),
    transition: (to, exitInFlight = false) =>
      attempt('The journey could not be moved', async () => {
        const from = state().journey?.status;
        if (!state().readOnly) await state().settleSaves();
        const result = await client.journeys.transition({ id: journeyId(), to, exitInFlight });
        state().applySavedJourney(result);
        state().notify('info', transitionDoneMessage(from ?? to, to, exitInFlight));
      }),
    exportJourney: () =>
      attempt('The journey could not be exported', async () => {
        const id = journeyId();
        if (!state().readOnly) await state().settleSaves();
        const notices = await exportJourney(client, id);
        for (const notice of notices) state().notify(notice.tone, notice.text);
      }),
  };
}
