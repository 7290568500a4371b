import { ApiError, type Contract, type ServiceImpl } from '../../../shared/contract/index';
import { isLive, type Journey } from '../../../shared/model/index';
import type { ServiceContext } from '../context';
import { nameForCopy } from '../journeys-service';
import type { StoredJourney } from '../store/journeys-repository';
import type { JourneyVersion } from '../store/versions-repository';
import { refuseInTrash } from './editability';
import { announceWrite, insertDraftCopy, writeJourney } from './journey-writes';
import { toSaved } from './saved-journey';

function versionNumbers(numbers: readonly number[]): string {
  if (numbers.length === 1) return `version ${numbers[0]}`;
  const sorted = [...numbers].sort((a, b) => a - b);
  const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
  return contiguous ? `versions ${sorted[0]}–${sorted[sorted.length - 1]}` : `versions ${sorted.join(', ')}`;
}

/**
 * Frozen versions are never changed: restoring one copies its document into the working document
 * (as a draft of the live journey, or as the draft itself), duplicating makes a new journey.
 */
export function createVersionsService(ctx: ServiceContext): ServiceImpl<Contract['services']['versions']> {
  const { store } = ctx;
  const stamp = () => ctx.now().toISOString();

  function requireVersion(stored: StoredJourney, version: number): JourneyVersion {
    const found = store.versions.find(stored.journey.id, version);
    if (found !== undefined) return found;
    const numbers = store.versions.listings(stored.journey.id).map((listing) => listing.version);
    const known =
      numbers.length === 0
        ? 'It has no versions yet; activating it makes version 1.'
        : `It has ${versionNumbers(numbers)}.`;
    throw new ApiError('NOT_FOUND', `"${stored.journey.name}" has no version ${version}. ${known}`);
  }

  /** A version's content under the journey's own identity: same id, current name and creation date. */
  function asWorkingDocument(stored: StoredJourney, version: JourneyVersion, status: Journey['status']): Journey {
    const { id, name, createdAt } = stored.journey;
    return { ...structuredClone(version.journey), id, name, createdAt, status, updatedAt: stamp() };
  }

  return {
    list: ({ journeyId }) => {
      const stored = store.journeys.require(journeyId);
      const running = isLive(stored.journey.status) ? stored.liveVersion : null;
      return store.versions.listings(journeyId).map((listing) => ({ ...listing, live: listing.version === running }));
    },

    get: ({ journeyId, version }) => {
      const found = requireVersion(store.journeys.require(journeyId), version);
      return {
        journeyId,
        version: found.version,
        journey: found.journey,
        templates: found.templates,
        createdAt: found.createdAt,
      };
    },

    restore: ({ journeyId, version }) => {
      const current = store.journeys.require(journeyId);
      const { name, status } = current.journey;
      refuseInTrash(current, 'restoring a version of it');
      if (status === 'stopped')
        throw new ApiError(
          'CONFLICT',
          `"${name}" is stopped and cannot be changed. Duplicate version ${version} to run it again.`,
        );
      if (status === 'archived')
        throw new ApiError('CONFLICT', `"${name}" is archived. Unarchive it before restoring a version.`);
      const found = requireVersion(current, version);
      // A live journey keeps running its live version; the restored content becomes its open draft.
      const written = isLive(status)
        ? writeJourney(ctx, {
            journey: asWorkingDocument(current, found, status),
            expectedRevision: current.revision,
            state: { draftOpen: true },
          })
        : writeJourney(ctx, {
            journey: asWorkingDocument(current, found, 'draft'),
            expectedRevision: current.revision,
            ...(status === 'draft' ? {} : { transitionFrom: status }),
          });
      announceWrite(ctx, current, written);
      return toSaved(written);
    },

    duplicate: ({ journeyId, version, name }) => {
      const source = store.journeys.require(journeyId);
      if (source.deletedAt !== null) {
        throw new ApiError(
          'CONFLICT',
          `"${source.journey.name}" is in the trash. Restore it before duplicating one of its versions.`,
        );
      }
      const found = requireVersion(source, version);
      const result = insertDraftCopy(
        ctx,
        found.journey,
        name ?? nameForCopy(`${source.journey.name} v${version}`, store.journeys.names()),
      );
      return toSaved(result);
    },
  };
}
