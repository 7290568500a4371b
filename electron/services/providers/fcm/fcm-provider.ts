import { parseServiceAccount, type FcmConfig, type ServiceAccount } from '../../../../shared/providers/fcm';
import { callProvider, isRejection, rejectionOf, type ProviderResponse, type Rejection } from '../http/provider-http';
import { oncePerKey } from '../once-per-key';
import type { OutgoingMessage } from '../provider';
import type {
  ClosableProvider,
  ConnectionCheck,
  ProviderDeps,
  ProviderImplementation,
} from '../provider-implementation';
import { createRateLimiter } from '../rate-limiter';
import { createAccessTokens, type AccessTokens } from './service-account-token';

export const FCM_PROVIDER_NAME = 'fcm';
const LABEL = 'FCM';

function text(output: Record<string, unknown>, field: string): string {
  const value = output[field];
  return typeof value === 'string' ? value : '';
}

/** The HTTP v1 message for one device: the notification, and the deep link and key as data (strings only). */
export function fcmMessage(message: OutgoingMessage, key: string) {
  const output = message.rendered.output;
  const image = text(output, 'imageUrl');
  const deepLink = text(output, 'deepLink');
  return {
    message: {
      token: message.recipient,
      notification: { title: text(output, 'title'), body: text(output, 'body'), ...(image ? { image } : {}) },
      data: { idempotency_key: key, ...(deepLink ? { deep_link: deepLink } : {}) },
    },
  };
}

/** FCM's error status and its FcmError code (UNREGISTERED, QUOTA_EXCEEDED…) with its message. */
function fcmErrorMessage(responseText: string): string | undefined {
  try {
    const error = (JSON.parse(responseText) as { error?: Record<string, unknown> }).error;
    if (error === undefined) return undefined;
    const details = Array.isArray(error.details) ? (error.details as Record<string, unknown>[]) : [];
    const code = details.find((detail) => typeof detail.errorCode === 'string')?.errorCode ?? error.status;
    return [code, error.message].filter((part) => typeof part === 'string' && part !== '').join(': ') || undefined;
  } catch {
    return undefined;
  }
}

interface FcmClient {
  projectId: string;
  account: ServiceAccount;
  /** POSTs to messages:send with a bearer token, once more with a fresh token if FCM refuses it with 401. */
  post(body: unknown): Promise<ProviderResponse | Rejection>;
}

function fcmClient(config: FcmConfig, deps: ProviderDeps, tokens?: AccessTokens): FcmClient | Rejection {
  const parsed = parseServiceAccount(config.serviceAccountJson);
  if (!parsed.ok) return { status: 'rejected', kind: 'permanent', reason: parsed.error };
  const timeoutMs = config.timeoutSeconds * 1000;
  const accessTokens = tokens ?? createAccessTokens(parsed.account, config.tokenUrl, deps, timeoutMs);
  const projectId = config.projectId || parsed.account.project_id;
  const url = `${config.baseUrl.replace(/\/+$/, '')}/v1/projects/${encodeURIComponent(projectId)}/messages:send`;
  const post = async (body: unknown, renewed = false): Promise<ProviderResponse | Rejection> => {
    const token = await accessTokens.get();
    if (typeof token !== 'string') return token;
    const response = await callProvider(deps.fetch, LABEL, {
      url,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      timeoutMs,
    });
    if (!renewed && !isRejection(response) && response.status === 401) {
      accessTokens.invalidate(token);
      return post(body, true);
    }
    return response;
  };
  return { projectId, account: parsed.account, post: (body) => post(body) };
}

/** Push to Android, iOS and web apps through Firebase Cloud Messaging's HTTP v1 API. */
function createFcmProvider(config: FcmConfig, deps: ProviderDeps): ClosableProvider {
  const client = fcmClient(config, deps);
  const limiter = createRateLimiter(config.ratePerSecond, deps.clock);
  return {
    name: FCM_PROVIDER_NAME,
    send: oncePerKey(async (message, key) => {
      if ('status' in client) return client;
      await limiter.take();
      const response = await client.post(fcmMessage(message, key));
      if (isRejection(response)) return response;
      if (response.status === 200) {
        let name: unknown;
        try {
          name = (JSON.parse(response.text) as { name?: unknown }).name;
        } catch {
          name = undefined;
        }
        return { status: 'accepted', providerMessageId: typeof name === 'string' ? name : key, delivered: false };
      }
      return rejectionOf(LABEL, response, fcmErrorMessage(response.text), deps.clock.now());
    }),
    async close() {
      limiter.close();
    },
  };
}

/** Signs in with the service account and has FCM validate a message to a topic: nothing is delivered. */
async function testFcmConnection(config: FcmConfig, deps: ProviderDeps): Promise<ConnectionCheck> {
  const client = fcmClient(config, deps);
  if ('status' in client) return { ok: false, error: client.reason };
  const response = await client.post({
    validate_only: true,
    message: { topic: 'journey-studio-connection-check', notification: { title: 'Connection check' } },
  });
  if (isRejection(response)) return { ok: false, error: response.reason };
  if (response.status !== 200)
    return { ok: false, error: rejectionOf(LABEL, response, fcmErrorMessage(response.text), deps.clock.now()).reason };
  return {
    ok: true,
    detail: `Signed in as ${client.account.client_email}; FCM validated a message for project ${client.projectId} without sending it`,
  };
}

export const FCM_IMPLEMENTATION: ProviderImplementation<FcmConfig> = {
  create: createFcmProvider,
  testConnection: testFcmConnection,
};
