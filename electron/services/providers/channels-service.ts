import { z } from 'zod';
import {
  ApiError,
  type ChannelProviderForm,
  type ChannelProviderView,
  type Contract,
  type ServiceImpl,
} from '../../../shared/contract/index';
import { CHANNEL_IDS, channelLabel, type Channel } from '../../../shared/model/channel';
import {
  CHANNEL_PROVIDERS,
  providerDescription,
  providerSecretName,
  providerSecretPrefix,
  secretFields,
  type ChannelSetting,
  type ProviderDescription,
  type ProviderField,
} from '../../../shared/providers/index';
import type { ServiceContext } from '../context';
import { channelProviderSettingKey } from '../lifecycle/configured-channels';
import { checkConfig, readChannelSetting } from './channel-config';
import { PROVIDER_IMPLEMENTATIONS } from './implementations';
import type { ConnectionCheck } from './provider-implementation';

/** How long Test connection waits for the provider's answer. */
export const TEST_CONNECTION_TIMEOUT_MS = 30_000;

function storedSetting(ctx: ServiceContext, channel: Channel) {
  return readChannelSetting(channel, ctx.store.settings.get(channelProviderSettingKey(channel), z.unknown()));
}

function storedSecret(ctx: ServiceContext, name: string, field: string): string | undefined {
  try {
    return ctx.secrets.get(name);
  } catch (error) {
    throw new ApiError('BAD_INPUT', (error as Error).message, [
      { path: `config.${field}`, message: 'The stored value cannot be read: enter it again' },
    ]);
  }
}

function viewOf(ctx: ServiceContext, channel: Channel): ChannelProviderView {
  const { setting, problem } = storedSetting(ctx, channel);
  if (setting === null) return { channel, kind: 'outbox', config: {}, secretsSet: [], savedAt: null, problem };
  return {
    channel,
    kind: setting.kind,
    config: setting.config,
    secretsSet: Object.entries(setting.secrets)
      .filter(([, name]) => ctx.secrets.has(name))
      .map(([field]) => field),
    savedAt: setting.savedAt,
    problem,
  };
}

function describedProvider(form: ChannelProviderForm): ProviderDescription<unknown> {
  const description = providerDescription(form.kind);
  if (description === undefined || !CHANNEL_PROVIDERS[form.channel].includes(form.kind))
    throw new ApiError(
      'BAD_INPUT',
      `${channelLabel(form.channel)} cannot be sent through the provider "${form.kind}" in this version.`,
      [{ path: 'kind', message: `This provider does not carry ${channelLabel(form.channel)} here` }],
    );
  return description;
}

/**
 * The field saying where the secrets are sent (a URL, a host), when the form changed it from what
 * was saved; null when none changed. A stored secret is never sent to a new address on its own.
 */
function movedDestination(
  description: ProviderDescription<unknown>,
  saved: Record<string, unknown>,
  typed: Record<string, unknown>,
): ProviderField | null {
  const destinations = description.fields.filter((field) => field.input === 'url' || /host/i.test(field.key));
  const text = (value: unknown) =>
    typeof value === 'string' ? value.trim() : value === undefined ? '' : String(value);
  return destinations.find((field) => text(saved[field.key]) !== text(typed[field.key])) ?? null;
}

interface CheckedForm {
  description: ProviderDescription<unknown>;
  /** The whole config, secrets included, as the provider's schema returned it. */
  config: Record<string, unknown>;
  /** Secret fields typed into the form (to be stored), by field key. */
  newSecrets: Map<string, string>;
  /** Secret fields left empty whose stored value is kept, by field key → secret name. */
  keptSecrets: Map<string, string>;
}

/**
 * The form with every empty secret field taken from the store (when the provider kind is the one
 * saved), checked against the provider's schema. A form that fails names each field at fault.
 */
function checkForm(ctx: ServiceContext, form: ChannelProviderForm): CheckedForm {
  const description = describedProvider(form);
  const stored = storedSetting(ctx, form.channel).setting;
  const sameKind = stored?.kind === form.kind;
  const moved = sameKind ? movedDestination(description, stored.config, form.config) : null;
  const whole: Record<string, unknown> = { ...form.config };
  const newSecrets = new Map<string, string>();
  const keptSecrets = new Map<string, string>();
  for (const field of secretFields(description)) {
    const typed = form.config[field.key];
    if (typeof typed === 'string' && typed !== '') {
      newSecrets.set(field.key, typed);
      continue;
    }
    delete whole[field.key];
    const name = sameKind ? stored.secrets[field.key] : undefined;
    if (name !== undefined && moved !== null)
      throw new ApiError(
        'BAD_INPUT',
        `Enter the ${field.label} again: the ${moved.label} changed, and a stored secret goes only where it was saved for.`,
        [{ path: `config.${field.key}`, message: `Enter it again for the new ${moved.label}` }],
      );
    const value = name === undefined ? undefined : storedSecret(ctx, name, field.key);
    if (name !== undefined && value !== undefined) {
      keptSecrets.set(field.key, name);
      whole[field.key] = value;
    } else if (!field.optional) {
      // Empty, so the provider's schema says what it needs rather than "expected string".
      whole[field.key] = '';
    }
  }
  const checked = checkConfig(description, whole);
  if (!checked.ok)
    throw new ApiError(
      'BAD_INPUT',
      checked.error,
      checked.issues.map((issue) => ({
        path: issue.path === '' ? 'config' : `config.${issue.path}`,
        message: issue.message,
      })),
    );
  return { description, config: checked.config as Record<string, unknown>, newSecrets, keptSecrets };
}

function save(ctx: ServiceContext, form: ChannelProviderForm): ChannelProviderView {
  const key = channelProviderSettingKey(form.channel);
  const prefix = providerSecretPrefix(form.channel);
  const { description, config, newSecrets, keptSecrets } = checkForm(ctx, form);
  const secretKeys = new Set(secretFields(description).map((field) => field.key));
  const secrets: Record<string, string> = Object.fromEntries(keptSecrets);
  ctx.store.db.transaction(() => {
    for (const [field, value] of newSecrets) {
      const name = providerSecretName(form.channel, field);
      ctx.secrets.set(name, value);
      secrets[field] = name;
    }
    // A replaced provider's secrets (or a field the new one lacks) are not kept anywhere.
    const wanted = new Set(Object.values(secrets));
    for (const { name } of ctx.secrets.list())
      if (name.startsWith(prefix) && !wanted.has(name)) ctx.secrets.delete(name);
    if (form.kind === 'outbox') {
      ctx.store.settings.set(key, null);
      return;
    }
    const setting: ChannelSetting = {
      kind: form.kind,
      config: Object.fromEntries(Object.entries(config).filter(([field]) => !secretKeys.has(field))),
      secrets,
      savedAt: ctx.clock.now(),
    };
    ctx.store.settings.set(key, setting);
  })();
  ctx.providers.changed();
  return viewOf(ctx, form.channel);
}

async function testConnection(ctx: ServiceContext, form: ChannelProviderForm): Promise<ConnectionCheck> {
  const { description, config } = checkForm(ctx, form);
  if (form.kind === 'outbox')
    return { ok: true, detail: 'The Outbox keeps messages on this machine: there is nothing to connect to.' };
  const implementation = PROVIDER_IMPLEMENTATIONS[form.kind];
  if (implementation === undefined)
    return { ok: false, error: `The ${description.label} provider cannot connect from this version.` };
  let timer: ReturnType<typeof ctx.clock.setTimer> | null = null;
  // A provider that never answers must not leave the form waiting: the check gives up after a while.
  const gaveUp = new Promise<ConnectionCheck>((resolve) => {
    timer = ctx.clock.setTimer({ delay: TEST_CONNECTION_TIMEOUT_MS }, () =>
      resolve({
        ok: false,
        error: `${description.label} did not answer within ${TEST_CONNECTION_TIMEOUT_MS / 1000} s.`,
      }),
    );
  });
  try {
    return await Promise.race([implementation.testConnection(config, ctx.providers.deps()), gaveUp]);
  } catch (error) {
    return { ok: false, error: `${description.label}: ${(error as Error).message}` };
  } finally {
    if (timer !== null) ctx.clock.clearTimer(timer);
  }
}

/** Settings → Channels: which provider each channel sends through, with its secrets in the secret store. */
export function createChannelsService(ctx: ServiceContext): ServiceImpl<Contract['services']['channels']> {
  return {
    list: () => CHANNEL_IDS.map((channel) => viewOf(ctx, channel)),
    save: (form) => save(ctx, form),
    testConnection: (form) => testConnection(ctx, form),
  };
}
