import { ApiError } from '../../../shared/contract/index';
import { SecretNameSchema, SecretValueSchema } from '../../../shared/secrets/secret-references';
import { messageOf } from '../store/message-of';

export interface SecretFormErrors {
  name?: string;
  value?: string;
  /** What the service answered that is not about one field. */
  form?: string;
}

/** Errors per field of an Add or Replace form; empty when it may be sent. `name` null: a Replace, the name is fixed. */
export function secretFormErrors(name: string | null, value: string): SecretFormErrors {
  const errors: SecretFormErrors = {};
  if (name !== null) {
    const parsed = SecretNameSchema.safeParse(name);
    if (!parsed.success) errors.name = parsed.error.issues[0]!.message;
  }
  const parsedValue = SecretValueSchema.safeParse(value);
  if (!parsedValue.success) errors.value = parsedValue.error.issues[0]!.message;
  else if (value.trim() === '') errors.value = 'The value cannot be only spaces';
  return errors;
}

/** The service's refusal, placed on the field it names. */
export function secretFormFailure(failure: unknown): SecretFormErrors {
  if (failure instanceof ApiError && failure.issues?.length) {
    const errors: SecretFormErrors = {};
    for (const issue of failure.issues) {
      if (issue.path === 'name') errors.name ??= issue.message;
      else if (issue.path === 'value') errors.value ??= issue.message;
      else errors.form ??= issue.message;
    }
    return errors;
  }
  return { form: messageOf(failure) };
}

export const hasErrors = (errors: SecretFormErrors) => Object.values(errors).some((error) => error !== undefined);
