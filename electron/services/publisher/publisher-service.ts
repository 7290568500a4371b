import { randomUUID } from 'node:crypto';
import { JourneyStateSchema, type JourneyState } from '../../../shared/api-v1/journeys';
import {
  ApiError,
  type Contract,
  type Publication,
  type PublishOutcome,
  type PublishRecord,
  type ServiceImpl,
} from '../../../shared/contract/index';
import type { ServiceContext } from '../context';
import { exportVersion } from '../exchange/export-journey';
import type { BackendProfile } from './backends-repository';
import type { Backends } from './backends-service';
import { JourneyApiError, type JourneyApiClient } from './journey-api-client';
import { createPublicationsRepository, type PublicationRow } from './publications-repository';

/** States of a journey there that take no new version. */
const ENDED: ReadonlySet<JourneyState['status']> = new Set(['stopped', 'archived']);

/** Reading the state is repeated by the page anyway: one attempt, so a poll never piles up. */
const ONE_ATTEMPT = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

/** A journey API answer that is not a journey's state: the address is not a Journey Studio backend. */
function stateOf(body: unknown, profile: BackendProfile, status: number): JourneyState {
  const parsed = JourneyStateSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new JourneyApiError(
    `${profile.baseUrl} answered, but not with a journey's state as a Journey Studio journey API (v1) does.`,
    status,
    null,
    1,
  );
}

/** A refusal of the backend as the app's error: its detail verbatim; never UNAUTHORIZED (that is the app's own token). */
function appErrorOf(error: unknown): unknown {
  if (!(error instanceof JourneyApiError)) return error;
  if (error.status === 409) return new ApiError('CONFLICT', error.message);
  if (error.status === 404) return new ApiError('NOT_FOUND', error.message);
  if (error.outcomeUnknown) return new ApiError('UNAVAILABLE', error.message);
  return new ApiError('BAD_INPUT', error.message);
}

const isVersionConflict = (error: JourneyApiError) =>
  error.status === 409 && (error.problem?.type ?? '').endsWith(':version-conflict');

/**
 * Publishing to delivery backends: a journey's live version goes as a self-contained
 * .journey.json version (secrets as references the backend resolves from its own store). The
 * first publish to a backend creates the journey there; later ones publish a new version on top
 * of the one this app last knew to run there, so a version published in between by someone
 * else is a conflict, explained, rather than silently replaced.
 */
export function createPublisherService(
  ctx: ServiceContext,
  backends: Backends,
): ServiceImpl<Contract['services']['publisher']> {
  const publications = createPublicationsRepository(ctx.store.db);

  function requireLiveVersion(journeyId: string): number {
    const stored = ctx.store.journeys.require(journeyId);
    if (stored.liveVersion === null)
      throw new ApiError(
        'BAD_INPUT',
        `“${stored.journey.name}” has no version yet: Activate it first. Publish to… sends the version that is live here.`,
      );
    return stored.liveVersion;
  }

  function requirePublication(journeyId: string, backendId: string): PublicationRow {
    const row = publications.find(journeyId, backendId);
    if (row === undefined)
      throw new ApiError('NOT_FOUND', 'This journey is not published to that backend: Publish to… it first.');
    return row;
  }

  /** The local version whose publish made the version that runs there, when this app made it. */
  function localVersionRunning(row: PublicationRow, state: JourneyState | null): number | null {
    if (state?.activeVersion == null) return null;
    const made = publications
      .history(row.journeyId)
      .find(
        (record) =>
          record.backendId === row.backendId &&
          record.result === 'published' &&
          record.remoteJourneyId === row.remoteJourneyId &&
          record.remoteVersion === state.activeVersion,
      );
    return made?.version ?? null;
  }

  function publicationView(row: PublicationRow, state: JourneyState | null, error: string | null): Publication {
    const profile = backends.repository.find(row.backendId);
    return {
      backendId: row.backendId,
      backendName: profile?.name ?? '(deleted backend)',
      baseUrl: profile?.baseUrl ?? '',
      remoteJourneyId: row.remoteJourneyId,
      publishedVersion: row.publishedVersion,
      publishedAt: row.publishedAt,
      state,
      error,
      localVersionRunning: localVersionRunning(row, state),
    };
  }

  async function readState(client: JourneyApiClient, profile: BackendProfile, remoteId: string) {
    const answer = await client.call<unknown>({
      method: 'GET',
      path: `journeys/${encodeURIComponent(remoteId)}`,
      retry: ONE_ATTEMPT,
    });
    return stateOf(answer.body, profile, answer.status);
  }

  /** What to do after a publish that did not go through, in the user's terms. */
  async function adviceAfter(
    error: JourneyApiError,
    version: number,
    profile: BackendProfile,
    client: JourneyApiClient,
    row: PublicationRow | undefined,
  ): Promise<string | null> {
    if (error.outcomeUnknown)
      return `Nothing is known to have changed on ${profile.name} after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'}. Publish again when it can be reached: the same Idempotency-Key goes with it, so the backend carries it out once.`;
    if (isVersionConflict(error) && row !== undefined) {
      // Taking what runs there now as the base: the next Publish, a deliberate second choice, goes on top of it.
      const state = await readState(client, profile, row.remoteJourneyId).catch(() => null);
      if (state?.activeVersion != null)
        publications.setRemoteVersion(row.journeyId, row.backendId, state.activeVersion);
      const there = state?.activeVersion == null ? 'another version' : `version ${state.activeVersion}`;
      return `Someone published ${there} to ${profile.name} since this app last did. Look at what runs there first; then Publish again to put version ${version} of this journey on top of it, or leave it as it is.`;
    }
    if (error.status === 401 || error.status === 403)
      return `Check the API key of ${profile.name} in Settings → Backends (Test connection says whether the backend accepts it).`;
    return null;
  }

  async function publish(journeyId: string, backendId: string): Promise<PublishOutcome> {
    const version = requireLiveVersion(journeyId);
    const file = exportVersion(ctx, journeyId, version);
    if (file === undefined) throw new ApiError('NOT_FOUND', `Version ${version} of this journey cannot be found.`);
    const profile = backends.requireProfile(backendId);
    const client = backends.clientFor(profile);
    const row = publications.find(journeyId, backendId);
    // A publish whose outcome is unknown (cut off, 5xx) is carried on under its key, so it happens once.
    const previous = publications.latestAttempt(journeyId, version, backendId);
    const idempotencyKey = previous?.result === 'failed' ? previous.idempotencyKey : `publish-${randomUUID()}`;
    const journeyFile = JSON.parse(file.content) as unknown;
    const record: PublishRecord = {
      id: ctx.newId(),
      journeyId,
      version,
      backendId,
      backendName: profile.name,
      baseUrl: profile.baseUrl,
      keyHint: profile.keyHint ?? '',
      at: ctx.now().toISOString(),
      result: 'published',
      remoteVersion: null,
      remoteJourneyId: row?.remoteJourneyId ?? null,
      detail: null,
      idempotencyKey,
    };
    try {
      let state: JourneyState;
      let note: string | null = null;
      // A stopped (or archived) journey there takes no new version and never starts again: this one goes anew.
      const there = row === undefined ? null : await readState(client, profile, row.remoteJourneyId);
      if (row === undefined || there === null || ENDED.has(there.status)) {
        if (there !== null)
          note = `The journey on ${profile.name} was ${there.status}, and a ${there.status} journey takes no new version: version ${version} went there as a new journey, which Start runs.`;
        const answer = await client.call<unknown>({
          method: 'POST',
          path: 'journeys',
          body: { journeyFile },
          idempotencyKey,
        });
        state = stateOf(answer.body, profile, answer.status);
        // A journey created there becomes its version 1 when it is first started.
        record.remoteVersion = state.activeVersion ?? 1;
      } else {
        const base = row.remoteVersion ?? there.activeVersion;
        if (base === null)
          throw new JourneyApiError(
            `The journey on ${profile.name} has not been started yet, so there is no version to publish on top of: Start it there, then publish again.`,
            409,
            null,
            1,
          );
        const answer = await client.call<unknown>({
          method: 'POST',
          path: `journeys/${encodeURIComponent(row.remoteJourneyId)}/versions`,
          body: { baseVersion: base, journeyFile },
          idempotencyKey,
        });
        state = stateOf(answer.body, profile, answer.status);
        record.remoteVersion = state.activeVersion;
      }
      record.remoteJourneyId = state.id;
      const published: PublicationRow = {
        journeyId,
        backendId,
        remoteJourneyId: state.id,
        publishedVersion: version,
        remoteVersion: state.activeVersion,
        publishedAt: record.at,
      };
      ctx.store.db.transaction(() => {
        publications.put(published);
        publications.record(record);
      })();
      return { record, publication: publicationView(published, state, null), advice: note, warnings: file.warnings };
    } catch (error) {
      if (!(error instanceof JourneyApiError)) throw error;
      record.result = error.outcomeUnknown ? 'failed' : 'refused';
      record.detail = error.message;
      publications.record(record);
      const advice = await adviceAfter(error, version, profile, client, row);
      const current = publications.find(journeyId, backendId);
      return {
        record,
        publication: current === undefined ? null : publicationView(current, null, null),
        advice,
        warnings: file.warnings,
      };
    }
  }

  async function move(journeyId: string, backendId: string, to: 'start' | 'stop'): Promise<Publication> {
    const row = requirePublication(journeyId, backendId);
    const profile = backends.requireProfile(backendId);
    try {
      const answer = await backends.clientFor(profile).call<unknown>({
        method: 'PUT',
        path: `journeys/${encodeURIComponent(row.remoteJourneyId)}/${to}`,
        idempotencyKey: `${to}-${randomUUID()}`,
      });
      const state = stateOf(answer.body, profile, answer.status);
      if (row.remoteVersion === null && state.activeVersion !== null)
        publications.setRemoteVersion(journeyId, backendId, state.activeVersion);
      return publicationView(publications.find(journeyId, backendId)!, state, null);
    } catch (error) {
      throw appErrorOf(error);
    }
  }

  async function publicationsOf(journeyId: string): Promise<Publication[]> {
    return Promise.all(
      publications.forJourney(journeyId).map(async (row) => {
        const profile = backends.repository.find(row.backendId);
        if (profile === undefined)
          return publicationView(row, null, 'The backend profile was deleted: add it again in Settings → Backends.');
        try {
          return publicationView(row, await readState(backends.clientFor(profile), profile, row.remoteJourneyId), null);
        } catch (error) {
          if (error instanceof JourneyApiError || error instanceof ApiError)
            return publicationView(row, null, error.message);
          throw error;
        }
      }),
    );
  }

  return {
    publish: ({ journeyId, backendId }) => publish(journeyId, backendId),
    publications: ({ journeyId }) => publicationsOf(journeyId),
    start: ({ journeyId, backendId }) => move(journeyId, backendId, 'start'),
    stop: ({ journeyId, backendId }) => move(journeyId, backendId, 'stop'),
    history: ({ journeyId }) => publications.history(journeyId),
  };
}
