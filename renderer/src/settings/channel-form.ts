import type { ApiIssue, ChannelProviderView } from '../../../shared/contract/index';
import type { ProviderDescription, ProviderField } from '../../../shared/providers/index';

/** What the form's inputs hold: text for every input but checkboxes. */
export type FormValues = Record<string, string | boolean>;

function initialValue(field: ProviderField, value: unknown): string | boolean {
  if (field.input === 'secret') return '';
  if (field.input === 'checkbox') return value === true;
  return value === undefined || value === null ? '' : String(value);
}

/**
 * The form as it opens: the saved config when the saved provider is this one, else the provider's
 * defaults. Secret fields always open empty: their value is never sent to the page.
 */
export function initialValues(description: ProviderDescription<unknown>, view: ChannelProviderView): FormValues {
  const source: Record<string, unknown> =
    view.kind === description.kind ? view.config : (description.defaults as Record<string, unknown>);
  return Object.fromEntries(description.fields.map((field) => [field.key, initialValue(field, source[field.key])]));
}

/**
 * The config the form sends. Numbers are numbers (a number field holding something else goes as
 * typed, so the provider's schema names it); an empty optional field or number is left out; an
 * empty secret field is sent empty, which keeps the stored value.
 */
export function configOf(description: ProviderDescription<unknown>, values: FormValues): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const field of description.fields) {
    const value = values[field.key];
    if (field.input === 'checkbox') {
      config[field.key] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (field.input === 'secret') config[field.key] = typeof value === 'string' ? value : '';
    else if (text === '') {
      // A required field left empty goes as empty text, so the provider's schema says what it needs.
      if (!field.optional && field.input !== 'number') config[field.key] = '';
    } else if (field.input === 'number') config[field.key] = Number.isFinite(Number(text)) ? Number(text) : text;
    else config[field.key] = text;
  }
  return config;
}

export interface FormErrors {
  /** By field key. */
  fields: Record<string, string>;
  /** Problems that name no field of the form (the provider choice, the config as a whole). */
  form: string[];
}

/** Places a refusal's issues (paths `config.<field>`, `kind`) beside the fields they name. */
export function formErrors(issues: readonly ApiIssue[] | undefined, message: string): FormErrors {
  const errors: FormErrors = { fields: {}, form: [] };
  for (const issue of issues ?? []) {
    const field = /^config\.([A-Za-z0-9_$]+)/.exec(issue.path)?.[1];
    if (field !== undefined) errors.fields[field] ??= issue.message;
    else errors.form.push(issue.message);
  }
  if (Object.keys(errors.fields).length === 0 && errors.form.length === 0) errors.form.push(message);
  return errors;
}
