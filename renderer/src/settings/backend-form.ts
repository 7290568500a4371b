import type { ApiIssue, BackendForm, BackendView } from '../../../shared/contract/index';
import { DEFAULT_BACKEND_TIMEOUT_SECONDS } from '../../../shared/contract/index';

/** A backend profile as typed: text as it stands in the inputs. */
export interface BackendFormValues {
  name: string;
  baseUrl: string;
  /** Empty keeps the stored key (shown as ••••). */
  apiKey: string;
  tlsVerify: boolean;
  timeoutSeconds: string;
}

export type BackendField = keyof BackendFormValues;

export interface BackendFormErrors {
  fields: Partial<Record<BackendField, string>>;
  form: string[];
}

export const NO_BACKEND_ERRORS: BackendFormErrors = { fields: {}, form: [] };

export function backendValues(view: BackendView | null): BackendFormValues {
  return {
    name: view?.name ?? '',
    baseUrl: view?.baseUrl ?? '',
    apiKey: '',
    tlsVerify: view?.tlsVerify ?? true,
    timeoutSeconds: String(view?.timeoutSeconds ?? DEFAULT_BACKEND_TIMEOUT_SECONDS),
  };
}

/**
 * The form as the service takes it; a timeout that is not a whole number is named here, since
 * the service would only see something that is not a number.
 */
export function backendInput(
  id: string | undefined,
  values: BackendFormValues,
): { input: BackendForm } | { errors: BackendFormErrors } {
  const text = values.timeoutSeconds.trim();
  if (!/^\d+$/.test(text))
    return { errors: { fields: { timeoutSeconds: 'Enter the timeout as whole seconds, e.g. 30' }, form: [] } };
  return {
    input: {
      ...(id === undefined ? {} : { id }),
      name: values.name,
      baseUrl: values.baseUrl,
      apiKey: values.apiKey,
      tlsVerify: values.tlsVerify,
      timeoutSeconds: Number(text),
    },
  };
}

const FIELDS: readonly BackendField[] = ['name', 'baseUrl', 'apiKey', 'tlsVerify', 'timeoutSeconds'];

/** Places a refusal's issues beside the fields they name; the rest above the buttons. */
export function backendFormErrors(issues: readonly ApiIssue[] | undefined, message: string): BackendFormErrors {
  const errors: BackendFormErrors = { fields: {}, form: [] };
  for (const issue of issues ?? []) {
    const field = FIELDS.find((candidate) => issue.path === candidate);
    if (field !== undefined) errors.fields[field] ??= issue.message;
    else errors.form.push(issue.message);
  }
  if (Object.keys(errors.fields).length === 0 && errors.form.length === 0) errors.form.push(message);
  return errors;
}
