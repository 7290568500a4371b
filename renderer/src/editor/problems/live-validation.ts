import { validateJourney } from '../../../../shared/validation/index';
import type { AppState, AppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { createIdleScheduler, type IdleSchedulerOptions } from './idle-scheduler';
import { createTemplateContextCache } from './template-context';
import { contextSettled, liveValidationContext } from './validation-context';

export interface LiveValidationOptions extends Partial<IdleSchedulerOptions> {
  validate?: typeof validateJourney;
  now?: () => Date;
}

export interface LiveValidation {
  /** Checks now if a check is pending (tests, and before an explicit action that reads the result). */
  flush(): void;
  stop(): void;
}

/** Quiet time after the last change: a typing pause, not a keystroke. */
export const LIVE_VALIDATION_DELAY_MS = 150;
/** Someone typing without pause still sees the result of what they typed a second ago. */
export const LIVE_VALIDATION_MAX_WAIT_MS = 1000;

function contextChanged(state: AppState, prev: AppState): boolean {
  return (
    state.journey !== prev.journey ||
    state.templates !== prev.templates ||
    state.templatesStatus !== prev.templatesStatus ||
    state.fields !== prev.fields ||
    state.fieldsStatus !== prev.fieldsStatus
  );
}

/**
 * Keeps the store's live problems in step with the open journey: each change schedules one check
 * for the next quiet moment, so edits never wait for the validator. Loads the template library and
 * the customer fields the check needs, if nothing has yet.
 */
export function startLiveValidation(store: AppStore, options: LiveValidationOptions = {}): LiveValidation {
  const validate = options.validate ?? validateJourney;
  const now = options.now ?? (() => new Date());
  const templatesFor = createTemplateContextCache();
  let journeyId = store.getState().journey?.id ?? null;
  let reportedFailure = false;

  function check() {
    const state = store.getState();
    if (!state.journey || !contextSettled(state)) return;
    try {
      state.setLiveProblems(validate(state.journey, liveValidationContext(state, templatesFor, now())));
      reportedFailure = false;
    } catch (error) {
      // A validator bug must not take the editor down with it; say so once, not on every edit.
      if (!reportedFailure) state.notify('error', `The journey could not be checked for problems: ${messageOf(error)}`);
      reportedFailure = true;
    }
  }

  const scheduler = createIdleScheduler(check, {
    delayMs: options.delayMs ?? LIVE_VALIDATION_DELAY_MS,
    maxWaitMs: options.maxWaitMs ?? LIVE_VALIDATION_MAX_WAIT_MS,
    ...(options.whenIdle ? { whenIdle: options.whenIdle } : {}),
  });

  const initial = store.getState();
  initial.clearProblems();
  if (initial.templatesStatus === 'idle') void initial.loadTemplates();
  if (initial.fieldsStatus === 'idle') void initial.loadFields();
  scheduler.schedule();

  const unsubscribe = store.subscribe((state, prev) => {
    const id = state.journey?.id ?? null;
    if (id !== journeyId) {
      journeyId = id;
      // Another journey's problems must not linger on this one's steps while it is checked.
      state.clearProblems();
    }
    if (contextChanged(state, prev)) scheduler.schedule();
  });

  return {
    flush: scheduler.flush,
    stop() {
      unsubscribe();
      scheduler.cancel();
    },
  };
}
