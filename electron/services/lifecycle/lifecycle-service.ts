import { ApiError, type Contract, type lifecycleMethods, type ServiceImpl } from '../../../shared/contract/index';
import { canActivate, canTransition, isLive, type JourneyStatus } from '../../../shared/model/index';
import { hasErrors } from '../../../shared/validation/index';
import type { ServiceContext } from '../context';
import { StoreError } from '../store/store-error';
import type { StoredJourney } from '../store/journeys-repository';
import { moveRunsToVersion } from '../engine/move-runs';
import { exitRunsInFlight } from '../engine/exit-in-flight';
import { activationRefusal, activationStateProblem, templatesToFreeze } from './activation';
import { activationImpact, checkedMoves, versionReader } from './activation-impact';
import { refusePublishedElsewhere } from '../journey-api/published-lock';
import { refuseInTrash } from './editability';
import { announceWrite, writeJourney } from './journey-writes';
import { moveRefusal } from './move-refusal';
import { toSaved } from './saved-journey';
import type { JourneyChecker } from './validation-context';

type LifecycleImpl = Pick<ServiceImpl<Contract['services']['journeys']>, keyof typeof lifecycleMethods>;

/** The live version's document; a live journey without one means the database was edited by hand. */
export function requireLiveDocument(ctx: ServiceContext, stored: StoredJourney) {
  const version =
    stored.liveVersion === null ? undefined : ctx.store.versions.find(stored.journey.id, stored.liveVersion);
  if (version === undefined) {
    throw new StoreError(
      `"${stored.journey.name}" is ${stored.journey.status} but its live version ${stored.liveVersion ?? ''} is missing; the database may be damaged.`,
    );
  }
  return version.journey;
}

/**
 * Validation, activation into frozen versions, drafts of live journeys and the manual moves of
 * MANUAL_TRANSITIONS. Every status change is written to the transition log in the transaction
 * that makes it.
 */
export function createLifecycleMethods(ctx: ServiceContext, checker: JourneyChecker): LifecycleImpl {
  const { store } = ctx;
  const stamp = () => ctx.now().toISOString();

  return {
    // Moving between Draft and Ready is a verdict, not an edit: updatedAt (the dashboard's order) stays.
    validate: ({ id }) => {
      const current = store.journeys.require(id);
      const diagnostics = checker.check(current.journey);
      const from = current.journey.status;
      const broken = hasErrors(diagnostics);
      const to: JourneyStatus = from === 'draft' && !broken ? 'ready' : from === 'ready' && broken ? 'draft' : from;
      if (to === from || current.deletedAt !== null) return { ...toSaved(current), diagnostics };
      const written = writeJourney(ctx, {
        journey: { ...current.journey, status: to },
        expectedRevision: current.revision,
        transitionFrom: from,
        at: stamp(),
      });
      announceWrite(ctx, current, written);
      return { ...toSaved(written), diagnostics };
    },

    activate: ({ id, expectedRevision, moves }) => {
      const current = store.journeys.require(id);
      const { name, status: from } = current.journey;
      if (current.revision !== expectedRevision) {
        throw new ApiError(
          'CONFLICT',
          `"${name}" was changed elsewhere (revision ${current.revision}, this copy is ${expectedRevision}). Reload it before activating it.`,
        );
      }
      const stateProblem = activationStateProblem(current);
      if (stateProblem !== null) throw new ApiError('CONFLICT', stateProblem);
      const errors = checker.check(current.journey).filter((diagnostic) => diagnostic.severity === 'error');
      if (errors.length > 0) throw activationRefusal(name, errors);
      const stepMoves = checkedMoves(ctx, current.journey, moves);

      // Activating a draft of a paused journey leaves it paused: resuming is its own decision.
      const to: JourneyStatus = from === 'paused' ? 'paused' : 'active';
      const now = stamp();
      const frozen = { ...current.journey, status: to, updatedAt: now };
      // The engine's transaction: it takes the write lock at once, so a running engine's batch
      // (another connection) cannot commit between this one's reads and writes.
      const { written, version, moved } = ctx.engineStore.transaction(() => {
        const { version } = store.versions.freeze(frozen, templatesToFreeze(store, frozen), now);
        const written = writeJourney(ctx, {
          journey: frozen,
          expectedRevision,
          state: { liveVersion: version, draftOpen: false },
          transitionFrom: from,
        });
        const moved = moveRunsToVersion(ctx.engineStore, {
          journeyId: id,
          toVersion: version,
          to: frozen,
          from: versionReader(ctx, id),
          moves: stepMoves,
          now: ctx.clock.now(),
        });
        return { written, version, moved };
      });
      announceWrite(ctx, current, written);
      return { ...toSaved(written), version, moved: moved.moved, stayedMidStep: moved.midStep };
    },

    activationImpact: ({ id }) => {
      const current = store.journeys.require(id);
      refuseInTrash(current, 'activating its changes');
      return activationImpact(ctx, current);
    },

    startDraft: ({ id }) => {
      const current = store.journeys.require(id);
      const { name, status } = current.journey;
      refuseInTrash(current, 'starting a draft of it');
      refusePublishedElsewhere(store.db, current);
      if (!isLive(status)) {
        const direct = canActivate(status) ? ' Edit it directly.' : '';
        throw new ApiError(
          'CONFLICT',
          `"${name}" is ${status}; only an active or paused journey is changed through a draft.${direct}`,
        );
      }
      if (current.draftOpen)
        throw new ApiError(
          'CONFLICT',
          `"${name}" already has an open draft. Keep editing it, activate it or discard it.`,
        );
      const written = writeJourney(ctx, {
        journey: { ...current.journey, updatedAt: stamp() },
        expectedRevision: current.revision,
        state: { draftOpen: true },
      });
      announceWrite(ctx, current, written);
      return toSaved(written);
    },

    // The name is the journey's, not the version's: discarding keeps the current one.
    discardDraft: ({ id }) => {
      const current = store.journeys.require(id);
      const { name, status } = current.journey;
      refuseInTrash(current, 'discarding its draft');
      if (!isLive(status) || !current.draftOpen)
        throw new ApiError('CONFLICT', `"${name}" has no open draft to discard.`);
      const live = requireLiveDocument(ctx, current);
      const written = writeJourney(ctx, {
        journey: { ...live, name, status, updatedAt: stamp() },
        expectedRevision: current.revision,
        state: { draftOpen: false },
      });
      announceWrite(ctx, current, written);
      return toSaved(written);
    },

    /**
     * Stopping discards nothing: an open draft stays as the document (no longer a draft of anything
     * live, so draftOpen goes false) and a stopped journey is read-only; duplicate it to reuse it.
     * liveVersion stays as the history of what last ran; unarchiving makes an editable draft that
     * runs nothing until activated again as a new version.
     */
    transition: ({ id, to, exitInFlight }) => {
      const current = store.journeys.require(id);
      const { name, status: from } = current.journey;
      refuseInTrash(current, 'changing its status');
      if (!canTransition(from, to)) throw new ApiError('CONFLICT', moveRefusal(name, from, to));
      if (to === 'active' && current.liveVersion === null) {
        throw new ApiError('CONFLICT', `"${name}" has no activated version to resume. Activate it instead.`);
      }
      // The engine's transaction (write lock at once): a running engine cannot move a run between
      // the status change and the runs ending, so "exit now" leaves nobody half-way.
      const written = ctx.engineStore.transaction(() => {
        const written = writeJourney(ctx, {
          journey: { ...current.journey, status: to, updatedAt: stamp() },
          expectedRevision: current.revision,
          state: isLive(to) ? {} : { draftOpen: false },
          transitionFrom: from,
        });
        if (to === 'stopped' && exitInFlight) exitRunsInFlight(ctx.engineStore, id, ctx.clock.now());
        return written;
      });
      announceWrite(ctx, current, written);
      return toSaved(written);
    },

    transitions: ({ id }) => {
      store.journeys.require(id);
      return store.versions.transitions(id);
    },
  };
}
