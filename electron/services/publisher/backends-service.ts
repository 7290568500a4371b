import { ServerInfoSchema } from '../../../shared/api-v1/journeys';
import {
  ApiError,
  backendKeySecretName,
  type BackendCheck,
  type BackendView,
  type Contract,
  type ServiceImpl,
} from '../../../shared/contract/index';
import type { ServiceContext } from '../context';
import { createBackendsRepository, type BackendProfile } from './backends-repository';
import { createJourneyApiClient, JourneyApiError, timingOf, type ClientTiming } from './journey-api-client';

type Form = Parameters<ServiceImpl<Contract['services']['backends']>['save']>[0];

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What to know about a profile: a key sent in the clear, or a certificate not checked. */
export function backendWarnings(profile: Pick<BackendProfile, 'baseUrl' | 'tlsVerify'>): string[] {
  const url = new URL(profile.baseUrl);
  const warnings: string[] = [];
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))
    warnings.push('The API key goes over plain HTTP: anyone on the network path can read it. Use https:// if you can.');
  if (url.protocol === 'https:' && !profile.tlsVerify)
    warnings.push("TLS verification is off: the server's certificate is not checked, so another server could answer.");
  return warnings;
}

function viewOf(profile: BackendProfile, keyReadable: boolean): BackendView {
  return {
    id: profile.id,
    name: profile.name,
    baseUrl: profile.baseUrl,
    tlsVerify: profile.tlsVerify,
    timeoutSeconds: profile.timeoutSeconds,
    keyHint: keyReadable ? profile.keyHint : null,
    warnings: backendWarnings(profile),
    updatedAt: profile.updatedAt,
  };
}

const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/** Settings → Backends: named delivery backends, each with its API key in the secret store. */
export function createBackends(ctx: ServiceContext, timing: ClientTiming = timingOf(ctx.clock)) {
  const repository = createBackendsRepository(ctx.store.db);

  function requireProfile(id: string): BackendProfile {
    const profile = repository.find(id);
    if (profile === undefined)
      throw new ApiError('NOT_FOUND', `There is no backend "${id}": it may have been deleted.`);
    return profile;
  }

  /** The stored key, or a refusal naming the field to fill in. */
  function storedKey(profile: BackendProfile): string {
    let key: string | undefined;
    try {
      key = ctx.secrets.get(backendKeySecretName(profile.id));
    } catch (error) {
      throw new ApiError('BAD_INPUT', (error as Error).message, [
        { path: 'apiKey', message: 'The stored key cannot be read: enter it again' },
      ]);
    }
    if (key === undefined)
      throw new ApiError(
        'BAD_INPUT',
        `The backend "${profile.name}" has no API key stored: enter it in Settings → Backends.`,
        [{ path: 'apiKey', message: 'Enter the API key' }],
      );
    return key;
  }

  /**
   * The form with the stored key when its key field is empty. A stored key goes only to the
   * address it was saved for: a changed base URL needs the key typed again.
   */
  function keyOf(form: Form): string {
    const typed = form.apiKey.trim();
    if (typed !== '') {
      if (/\s/.test(typed))
        throw new ApiError('BAD_INPUT', 'An API key has no spaces or line breaks.', [
          { path: 'apiKey', message: 'Paste the key alone, without spaces or line breaks' },
        ]);
      return typed;
    }
    const saved = form.id === undefined ? undefined : repository.find(form.id);
    if (saved === undefined)
      throw new ApiError('BAD_INPUT', 'Enter the API key the backend gave this app.', [
        { path: 'apiKey', message: 'Enter the API key (journey-studio api-key create <name> on the backend)' },
      ]);
    if (!sameUrl(saved.baseUrl, form.baseUrl))
      throw new ApiError(
        'BAD_INPUT',
        'Enter the API key again: the base URL changed, and a stored key goes only where it was saved for.',
        [{ path: 'apiKey', message: 'Enter it again for the new base URL' }],
      );
    return storedKey(saved);
  }

  function save(form: Form): BackendView {
    if (form.id !== undefined) requireProfile(form.id);
    const clash = repository.findByName(form.name);
    if (clash !== undefined && clash.id !== form.id)
      throw new ApiError('BAD_INPUT', `A backend named "${clash.name}" exists already.`, [
        { path: 'name', message: 'Another backend has this name' },
      ]);
    const key = keyOf(form);
    const now = ctx.now().toISOString();
    const existing = form.id === undefined ? undefined : repository.find(form.id);
    const profile: BackendProfile = {
      id: form.id ?? ctx.newId(),
      name: form.name,
      baseUrl: form.baseUrl,
      tlsVerify: form.tlsVerify,
      timeoutSeconds: form.timeoutSeconds,
      keyHint: key.slice(-4),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    ctx.store.db.transaction(() => {
      repository.put(profile);
      ctx.secrets.set(backendKeySecretName(profile.id), key);
    })();
    ctx.events.emit('secretsChanged', { name: backendKeySecretName(profile.id), change: 'set' });
    return viewOf(profile, true);
  }

  function remove(id: string): { deleted: boolean } {
    const deleted = ctx.store.db.transaction(() => {
      ctx.secrets.delete(backendKeySecretName(id));
      return repository.delete(id);
    })();
    if (deleted) ctx.events.emit('secretsChanged', { name: backendKeySecretName(id), change: 'deleted' });
    return { deleted };
  }

  /** A client for a saved backend, its key read from the secret store. */
  function clientFor(profile: BackendProfile) {
    return createJourneyApiClient(
      {
        baseUrl: profile.baseUrl,
        apiKey: storedKey(profile),
        tlsVerify: profile.tlsVerify,
        timeoutMs: profile.timeoutSeconds * 1000,
      },
      timing,
    );
  }

  async function testConnection(form: Form): Promise<BackendCheck> {
    const client = createJourneyApiClient(
      { baseUrl: form.baseUrl, apiKey: keyOf(form), tlsVerify: form.tlsVerify, timeoutMs: form.timeoutSeconds * 1000 },
      timing,
    );
    try {
      // One attempt: the person waiting wants the answer as it is, not after a round of retries.
      const answer = await client.call<unknown>({
        method: 'GET',
        path: 'server',
        retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
      });
      const info = ServerInfoSchema.safeParse(answer.body);
      if (!info.success)
        return {
          ok: false,
          status: answer.status,
          error: `${form.baseUrl} answered, but not as a Journey Studio journey API (v1) does.`,
        };
      const { version, client: caller } = info.data;
      return {
        ok: true,
        serverVersion: version,
        detail: `Connected: Journey Studio ${version}, journey API v1, as “${caller.name}” (key ${caller.keyHint}).`,
      };
    } catch (error) {
      if (error instanceof JourneyApiError) return { ok: false, status: error.status, error: error.message };
      throw error;
    }
  }

  return {
    repository,
    requireProfile,
    clientFor,
    service: {
      list: () =>
        repository.list().map((profile) => viewOf(profile, ctx.secrets.has(backendKeySecretName(profile.id)))),
      save: (form) => save(form),
      delete: ({ id }) => remove(id),
      testConnection: (form) => testConnection(form),
    } satisfies ServiceImpl<Contract['services']['backends']>,
  };
}

export type Backends = ReturnType<typeof createBackends>;
