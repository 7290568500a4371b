import { channelLabel, type Channel } from '../../../shared/model/channel';
import { formatZodIssues, type FormattedIssue } from '../../../shared/model/format-zod-issues';
import {
  ChannelSettingSchema,
  providerDescription,
  secretFields,
  type ChannelSetting,
  type ProviderDescription,
} from '../../../shared/providers/index';
import type { SecretStore } from '../secrets/secret-store';

/** A channel's stored setting read leniently: anything that is not a provider setting means the Outbox. */
export interface StoredChannelSetting {
  setting: ChannelSetting | null;
  /** Why a stored value cannot be used (the channel then delivers into the Outbox), or null. */
  problem: string | null;
}

/**
 * Reads the value of `channels.<channel>.provider`. Null, absent or a plain word (older versions
 * and scripts wrote "local" to mean the local sender) is the Outbox; an object must be a provider
 * setting of a kind this version knows.
 */
export function readChannelSetting(channel: Channel, value: unknown): StoredChannelSetting {
  if (value === null || value === undefined || typeof value !== 'object') return { setting: null, problem: null };
  const parsed = ChannelSettingSchema.safeParse(value);
  const label = channelLabel(channel);
  if (!parsed.success)
    return {
      setting: null,
      problem: `The stored ${label} provider settings cannot be read (${formatZodIssues(parsed.error)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ')}); ${label} delivers into the Outbox until they are saved again.`,
    };
  if (parsed.data.kind === 'outbox') return { setting: null, problem: null };
  if (providerDescription(parsed.data.kind) === undefined)
    return {
      setting: parsed.data,
      problem: `The ${label} provider "${parsed.data.kind}" is not available in this version.`,
    };
  return { setting: parsed.data, problem: null };
}

export type ResolvedConfig = { ok: true; config: unknown } | { ok: false; error: string; issues: FormattedIssue[] };

const describeIssues = (issues: readonly FormattedIssue[]) =>
  issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`)).join('; ');

/** Checks a whole config (secrets included, as plain strings) against the provider's schema. */
export function checkConfig(
  description: ProviderDescription<unknown>,
  config: Record<string, unknown>,
): ResolvedConfig {
  const parsed = description.schema.safeParse(config);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issues = formatZodIssues(parsed.error);
  return { ok: false, error: `The ${description.label} settings are not valid: ${describeIssues(issues)}`, issues };
}

/**
 * A stored setting's config with its secrets read from the store, checked against the provider's
 * schema: what the provider is built with. Never names a secret's value.
 */
export function resolveStoredConfig(
  description: ProviderDescription<unknown>,
  setting: ChannelSetting,
  secrets: SecretStore | null,
): ResolvedConfig {
  const whole: Record<string, unknown> = { ...setting.config };
  for (const field of secretFields(description)) {
    const name = setting.secrets[field.key];
    if (name === undefined) continue;
    if (secrets === null)
      return {
        ok: false,
        error: `The ${description.label} provider cannot read its ${field.label}: secrets are not available to the sender here.`,
        issues: [],
      };
    let value: string | undefined;
    try {
      value = secrets.get(name);
    } catch (error) {
      return { ok: false, error: (error as Error).message, issues: [] };
    }
    if (value === undefined)
      return {
        ok: false,
        error: `The ${description.label} ${field.label} is missing from the secret store ("${name}"): enter it again in Settings → Channels.`,
        issues: [],
      };
    whole[field.key] = value;
  }
  return checkConfig(description, whole);
}
