import type { z } from 'zod';
import type { Channel } from '../model/index';
import type { ProviderKind } from './provider-kinds';

/** One field of a provider's settings form, in the order the form shows them. */
export interface ProviderField {
  /** The key in the provider's config object. */
  key: string;
  label: string;
  /**
   * `secret` fields (passwords, tokens, keys) are kept in the secret store, never in the settings
   * row: after saving the form shows "••••" with Replace.
   */
  input: 'text' | 'url' | 'email' | 'number' | 'select' | 'checkbox' | 'textarea' | 'secret';
  options?: readonly { value: string; label: string }[];
  placeholder?: string;
  help?: string;
  optional?: boolean;
}

/**
 * What the settings page and the validator know of a provider: its label, the channels it can
 * carry, its form and the schema its config must pass (secret fields included, as plain strings,
 * as the provider receives them). The Node side pairs it with an implementation.
 */
export interface ProviderDescription<Config = unknown> {
  kind: ProviderKind;
  label: string;
  channels: readonly Channel[];
  schema: z.ZodType<Config>;
  fields: readonly ProviderField[];
  /** What a new form starts with. */
  defaults: Partial<Config>;
  /** Shown under the form: what the provider needs and where its delivery reports come in. */
  help?: string;
}
