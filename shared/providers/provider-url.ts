import { z } from 'zod';

/** An http(s) address a provider calls: configurable so a test or a staging server can stand in. */
export function providerUrl(what: string) {
  return z
    .string()
    .trim()
    .min(1, `Enter the ${what}`)
    .refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), {
      message: `The ${what} must be an http:// or https:// address`,
    });
}
