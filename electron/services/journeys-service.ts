import {
  ApiError,
  JourneyNameSchema,
  type Contract,
  type JourneySummary,
  type ServiceImpl,
} from '../../shared/contract/index';
import { createEmptyJourney, isLive, type Journey } from '../../shared/model/index';
import type { ValidationContext } from '../../shared/validation/index';
import type { ServiceContext } from './context';
import { moveJourneyCredentials } from '../../shared/secrets/move-webhook-credentials';
import { secretStoreSink } from './secrets/secret-sink';
import { requireEditable } from './lifecycle/editability';
import { refusePublishedElsewhere } from './journey-api/published-lock';
import { sameContent } from './lifecycle/journey-content';
import { NO_PROBLEMS, problemsOf, unreadableProblems } from './lifecycle/journey-problems';
import { announceWrite, insertDraftCopy, writeJourney } from './lifecycle/journey-writes';
import { createLifecycleMethods } from './lifecycle/lifecycle-service';
import { toSaved } from './lifecycle/saved-journey';
import { createJourneyChecker, type JourneyChecker } from './lifecycle/validation-context';
import type { ListedJourney } from './store/journeys-repository';
import { StoreError } from './store/store-error';

const COPY_SUFFIX = / \(copy(?: \d+)?\)$/;
const MAX_NAME_LENGTH = JourneyNameSchema.maxLength ?? 200;

/**
 * "Welcome" → "Welcome (copy)", then "(copy 2)"…; a copy of a copy counts on instead of stacking
 * suffixes. Names in the trash count as taken so restoring one cannot create a clash.
 */
export function nameForCopy(original: string, takenNames: Iterable<string>): string {
  const taken = new Set([...takenNames].map((name) => name.toLocaleLowerCase()));
  const base = original.replace(COPY_SUFFIX, '') || original;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const name = base.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

/** A dashboard row with its problems; a journey that cannot be read is Unreadable, with the reason, and Broken. */
function withProblems(listed: ListedJourney, checker: JourneyChecker, context: ValidationContext): JourneySummary {
  const { summary } = listed;
  if (summary.unreadable !== undefined) return { ...summary, problems: unreadableProblems(summary.unreadable) };
  let journey: Journey;
  try {
    journey = listed.readJourney();
  } catch (error) {
    if (error instanceof StoreError)
      return { ...summary, unreadable: error.message, problems: unreadableProblems(error.message) };
    throw error;
  }
  const guided = journey.settings.guided;
  return { ...summary, problems: problemsOf(checker.check(journey, context)), ...(guided ? { guided } : {}) };
}

/**
 * The journey library and the working document. Lifecycle rules (see lifecycle/): the document's
 * status belongs to the server, a live journey changes only through an open draft, stopped and
 * archived journeys are read-only. The name is the journey's label rather than frozen content, so
 * renaming works in every state (a live journey's document then differs from its live version by
 * the name alone) and versions keep the name they were activated with.
 */
export function createJourneysService(ctx: ServiceContext): ServiceImpl<Contract['services']['journeys']> {
  const { store, events } = ctx;
  const stamp = () => ctx.now().toISOString();
  const checker = createJourneyChecker(ctx);

  return {
    // One validation context for the whole list; the trash is neither run nor edited, so its rows carry no problems.
    list: (): JourneySummary[] => {
      const context = checker.context();
      return store.journeys.listWithDocuments().map((listed) => withProblems(listed, checker, context));
    },
    listTrash: () => store.journeys.listTrash().map((summary) => ({ ...summary, problems: NO_PROBLEMS })),
    get: ({ id }) => toSaved(store.journeys.require(id)),
    create: ({ name, description }) => {
      const journey = createEmptyJourney({ id: ctx.newId(), name, now: stamp(), description: description ?? '' });
      const result = store.journeys.insert(journey);
      events.emit('journeyChanged', { id: journey.id, change: 'created', revision: result.revision });
      return toSaved(result);
    },
    rename: ({ id, name }) => {
      const current = store.journeys.require(id);
      refusePublishedElsewhere(store.db, current);
      const result = store.journeys.save({ ...current.journey, name, updatedAt: stamp() }, current.revision);
      events.emit('journeyChanged', { id, change: 'updated', revision: result.revision });
      return toSaved(result);
    },
    duplicate: ({ id, name }) => {
      const source = store.journeys.require(id);
      if (source.deletedAt !== null) {
        throw new ApiError('CONFLICT', `"${source.journey.name}" is in the trash. Restore it before duplicating it.`);
      }
      const result = insertDraftCopy(
        ctx,
        source.journey,
        name ?? nameForCopy(source.journey.name, store.journeys.names()),
      );
      return toSaved(result);
    },
    // The incoming status is ignored: only validation, activation and transitions move it.
    save: ({ journey, expectedRevision }) => {
      const current = store.journeys.require(journey.id);
      refusePublishedElsewhere(store.db, current);
      requireEditable(current);
      const from = current.journey.status;
      const backToDraft = from === 'ready' && !sameContent(current.journey, journey);
      // Credentials written into webhook steps go to the secret store in the same transaction.
      const written = store.transaction(() =>
        writeJourney(ctx, {
          journey: {
            ...moveJourneyCredentials(journey, secretStoreSink(ctx.secrets)).journey,
            status: backToDraft ? 'draft' : from,
            updatedAt: stamp(),
          },
          expectedRevision,
          ...(backToDraft ? { transitionFrom: from } : {}),
        }),
      );
      announceWrite(ctx, current, written);
      return toSaved(written);
    },
    delete: ({ id }) => {
      const current = store.journeys.require(id);
      const { name, status } = current.journey;
      if (isLive(status)) {
        throw new ApiError(
          'CONFLICT',
          `"${name}" is ${status}. Stop it first: a journey in the trash cannot run, and the people in it would be left stranded.`,
        );
      }
      store.journeys.markDeleted(id, stamp());
      events.emit('journeyChanged', { id, change: 'deleted', revision: store.journeys.require(id).revision });
      return { ok: true as const };
    },
    restore: ({ id }) => {
      store.journeys.markDeleted(id, null);
      const result = store.journeys.require(id);
      events.emit('journeyChanged', { id, change: 'restored', revision: result.revision });
      return toSaved(result);
    },
    purge: ({ id }) => {
      store.journeys.purge(id);
      store.forgetDeleted();
      events.emit('journeyChanged', { id, change: 'purged', revision: 0 });
      return { ok: true as const };
    },
    ...createLifecycleMethods(ctx, checker),
  };
}
