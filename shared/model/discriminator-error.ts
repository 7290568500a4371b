import type { z } from 'zod';
import { isRecord } from './is-record';

/**
 * zod's own message for a failed discriminated union ("Invalid discriminator value") names neither
 * the field's meaning nor the value received; this one does both, e.g.
 * `Unknown node kind "foo"; expected one of "entry", "message", …`.
 * Other issues raised by the union (input not an object) keep zod's wording.
 */
export function discriminatorError(
  subject: string,
  discriminator: string,
  values: readonly string[],
): z.core.$ZodErrorMap {
  const expected = `expected one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
  return (issue) => {
    if (issue.code !== 'invalid_union') return undefined;
    const received = isRecord(issue.input) ? issue.input[discriminator] : undefined;
    return received === undefined
      ? `Missing ${subject}; ${expected}`
      : `Unknown ${subject} ${JSON.stringify(received)}; ${expected}`;
  };
}
