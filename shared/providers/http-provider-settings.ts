import { z } from 'zod';
import type { ProviderField } from './provider-description';

/** An http(s) URL without a trailing slash: providers append their paths to it. */
export function baseUrlSchema(defaultUrl: string) {
  return z
    .string()
    .trim()
    .default(defaultUrl)
    .refine((value) => /^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/i.test(value), {
      message: 'Enter an http:// or https:// address without ? or #',
    })
    .transform((value) => value.replace(/\/+$/, ''));
}

/** How long a provider call may take; every provider's form has it. */
export function timeoutSecondsSchema(defaultSeconds = 15, maxSeconds = 120) {
  return z
    .number({ error: 'Enter a number of seconds' })
    .min(1, 'At least 1 second')
    .max(maxSeconds, `At most ${maxSeconds} seconds`)
    .default(defaultSeconds);
}

/** The pace a provider's sends are held to; every provider's form has it. */
export function ratePerSecondSchema(defaultRate: number, maxRate = 1000) {
  return z
    .number({ error: 'Enter the calls per second' })
    .gt(0, 'Above 0 per second')
    .max(maxRate, `At most ${maxRate} per second`)
    .default(defaultRate);
}

export const BASE_URL_HELP = 'Change it only to use a compatible service or a test server.';

export function baseUrlField(defaultUrl: string): ProviderField {
  return { key: 'baseUrl', label: 'API base URL', input: 'url', placeholder: defaultUrl, help: BASE_URL_HELP };
}

export const TIMEOUT_FIELD: ProviderField = {
  key: 'timeoutSeconds',
  label: 'Timeout (seconds)',
  input: 'number',
  help: 'A call without an answer by then is retried later.',
};

export function rateField(help: string): ProviderField {
  return { key: 'ratePerSecond', label: 'Messages per second', input: 'number', help };
}
