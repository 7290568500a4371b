import { isLive, type Journey, type JourneyStatus } from '../../../shared/model/index';
import type { ServiceContext } from '../context';
import type { JourneyLifecycleState, StoredJourney } from '../store/journeys-repository';

export interface JourneyWrite {
  /** The new working document, its status already the resulting one. */
  journey: Journey;
  expectedRevision: number;
  state?: Partial<JourneyLifecycleState>;
  /** Recorded when the status moves or a new version goes live, naming the version live after it. */
  transitionFrom?: JourneyStatus;
  /** When it happened; the document's updatedAt unless given (validation moves status without editing). */
  at?: string;
}

/**
 * Writes a journey and, in the same transaction, the transition it makes. The version a transition
 * names is the one live after it: none once the journey no longer runs, even though liveVersion
 * stays as history (see isLive).
 */
export function writeJourney(ctx: ServiceContext, write: JourneyWrite): StoredJourney {
  return ctx.store.transaction(() => {
    const written = ctx.store.journeys.save(write.journey, write.expectedRevision, write.state);
    if (write.transitionFrom !== undefined) {
      const to = write.journey.status;
      ctx.store.versions.recordTransition(write.journey.id, {
        from: write.transitionFrom,
        to,
        version: isLive(to) ? written.liveVersion : null,
        at: write.at ?? write.journey.updatedAt,
      });
    }
    return written;
  });
}

/** 'lifecycle' when the status, live version or draft changed, so lists and editors know to re-read the state. */
export function announceWrite(ctx: ServiceContext, before: StoredJourney, after: StoredJourney): void {
  const lifecycle =
    before.journey.status !== after.journey.status ||
    before.liveVersion !== after.liveVersion ||
    before.draftOpen !== after.draftOpen;
  ctx.events.emit('journeyChanged', {
    id: after.journey.id,
    change: lifecycle ? 'lifecycle' : 'updated',
    revision: after.revision,
  });
}

/**
 * A new draft journey from a document (a journey or one of its versions). Node, edge and note ids
 * stay: they only need to be unique within one journey.
 */
export function insertDraftCopy(ctx: ServiceContext, document: Journey, name: string): StoredJourney {
  const now = ctx.now().toISOString();
  const journey: Journey = {
    ...structuredClone(document),
    id: ctx.newId(),
    name,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  };
  const result = ctx.store.journeys.insert(journey);
  ctx.events.emit('journeyChanged', { id: journey.id, change: 'created', revision: result.revision });
  return result;
}
