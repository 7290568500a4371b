import type { z } from 'zod';
import { formatZodIssues } from '../model/format-zod-issues';
import { PACKAGES_SETTING, PackageSettingsSchema } from './package-settings';
import { PARAMETERS_SETTING, ParameterSettingsSchema } from './parameter-settings';
import { DELIVERY_REPORT_URL_SETTING, DeliveryReportUrlSchema } from '../providers/delivery-report-url';

const SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  [PACKAGES_SETTING]: PackageSettingsSchema,
  [PARAMETERS_SETTING]: ParameterSettingsSchema,
  [DELIVERY_REPORT_URL_SETTING]: DeliveryReportUrlSchema,
};

/** For a setting with a known shape, why `value` does not fit it ("custom[0].events[1].key: …"); null when it fits or the key is free-form. */
export function knownSettingProblem(key: string, value: unknown): string | null {
  const schema = SCHEMAS[key];
  if (schema === undefined) return null;
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issues = formatZodIssues(parsed.error);
  const listed = issues
    .slice(0, 5)
    .map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`))
    .join('; ');
  return `The setting "${key}" is not valid: ${listed}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`;
}
