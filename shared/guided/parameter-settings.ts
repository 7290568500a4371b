import { z } from 'zod';

/** The setting that holds the routing parameters of this installation. */
export const PARAMETERS_SETTING = 'guided.parameters';

export const OPTIONAL_PARAMETERS = ['languages', 'courierAccounts', 'orderTypes'] as const;
export type OptionalParameter = (typeof OPTIONAL_PARAMETERS)[number];

export const PARAMETER_LABELS: Readonly<Record<OptionalParameter, string>> = {
  languages: 'Language',
  courierAccounts: 'Courier account',
  orderTypes: 'Order type',
};

/** The event property an order event carries each parameter in (what the entry matches on). */
export const PARAMETER_PROPERTIES: Readonly<Record<OptionalParameter, string>> = {
  languages: 'language',
  courierAccounts: 'courierAccount',
  orderTypes: 'orderType',
};

const ParameterValueSchema = z
  .string()
  .trim()
  .min(1, 'A value cannot be empty')
  .max(64, 'A value is at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'Use letters, digits, "-", "_" or "." (no spaces), e.g. "bluedart-main"');

const LanguageValueSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Expected a language code such as "en" or "pt-BR"');

function parameterSchema(value: z.ZodType<string>) {
  return z
    .object({
      enabled: z.boolean(),
      values: z
        .array(value)
        .max(100, 'At most 100 values')
        .refine((values) => new Set(values).size === values.length, { error: 'A value is listed twice' }),
    })
    .strict();
}

export const ParameterSettingsSchema = z
  .object({
    languages: parameterSchema(LanguageValueSchema),
    courierAccounts: parameterSchema(ParameterValueSchema),
    orderTypes: parameterSchema(ParameterValueSchema),
  })
  .strict();
export type ParameterSettings = z.infer<typeof ParameterSettingsSchema>;

export const DEFAULT_PARAMETER_SETTINGS: ParameterSettings = {
  languages: { enabled: true, values: ['en'] },
  courierAccounts: { enabled: false, values: [] },
  orderTypes: { enabled: true, values: ['prepaid', 'cod', 'b2b'] },
};

export function readParameterSettings(stored: unknown): ParameterSettings {
  const parsed = ParameterSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_PARAMETER_SETTINGS;
}

/** The optional parameters a journey can be narrowed by: those enabled that have values. */
export function enabledParameters(settings: ParameterSettings): OptionalParameter[] {
  return OPTIONAL_PARAMETERS.filter((name) => settings[name].enabled && settings[name].values.length > 0);
}

export type JourneyParameterValues = Record<OptionalParameter, string[]>;

/**
 * A journey's chosen values, keeping only values of enabled parameters that are still offered
 * (nothing chosen means any value matches).
 */
export function filterJourneyParameters(
  chosen: JourneyParameterValues,
  settings: ParameterSettings,
): JourneyParameterValues {
  const enabled = new Set(enabledParameters(settings));
  const keep = (name: OptionalParameter) =>
    enabled.has(name) ? chosen[name].filter((value) => settings[name].values.includes(value)) : [];
  return { languages: keep('languages'), courierAccounts: keep('courierAccounts'), orderTypes: keep('orderTypes') };
}
