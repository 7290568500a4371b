import { SampleProfileDataSchema, type SampleProfileData } from '../../../../shared/templates/index';
import { checkJson } from '../json-check';

export type ProfileJsonCheck = { ok: true; data: SampleProfileData } | { ok: false; message: string };

/**
 * Checks the JSON a person typed for a sample profile and names the problem: where the syntax
 * breaks, or which part is not the expected shape ("customer" must be an object, no other keys).
 */
export function checkProfileJson(text: string): ProfileJsonCheck {
  const parsed = checkJson(text);
  if (!parsed.ok) return { ok: false, message: `Line ${parsed.line}, column ${parsed.column}: ${parsed.message}.` };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'A sample profile is a JSON object with "customer", "order" and "event" objects.' };
  }
  const unknownKeys = Object.keys(value).filter((key) => !['customer', 'order', 'event'].includes(key));
  if (unknownKeys.length > 0) {
    return {
      ok: false,
      message: `Unknown ${unknownKeys.length === 1 ? 'key' : 'keys'} ${unknownKeys.map((k) => `"${k}"`).join(', ')}: put the data under "customer", "order" or "event".`,
    };
  }
  for (const key of ['customer', 'order', 'event'] as const) {
    const part = (value as Record<string, unknown>)[key];
    if (part !== undefined && (typeof part !== 'object' || part === null || Array.isArray(part))) {
      return { ok: false, message: `"${key}" must be an object, like { "first_name": "Ada" }.` };
    }
  }
  const result = SampleProfileDataSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, message: `${issue?.path.join('.') || 'The profile'}: ${issue?.message ?? 'is not valid'}.` };
  }
  return { ok: true, data: result.data };
}

export function profileJsonText(data: SampleProfileData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
