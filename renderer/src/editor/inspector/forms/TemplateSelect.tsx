import { useMemo } from 'react';
import { channelLabel, type Channel } from '../../../../../shared/model/index';
import { useAppStore } from '../../../store/app-store';
import { SelectField } from '../fields/SelectField';
import { NO_TEMPLATE, templateOptions } from '../template-options';

const NO_LANGUAGES: readonly string[] = [];

export interface TemplateSelectProps {
  label: string;
  channel: Channel;
  value: string | null;
  onChange(templateId: string | null): void;
  error?: string | undefined;
}

/**
 * Existing templates of the channel in the journey's languages, plus "No template". Creating a
 * template from here comes later; until then the hint says where templates come from.
 */
export function TemplateSelect({ label, channel, value, onChange, error }: TemplateSelectProps) {
  const templates = useAppStore((s) => s.templates);
  const templatesError = useAppStore((s) => s.templatesError);
  const languages = useAppStore((s) => s.journey?.settings.languages ?? NO_LANGUAGES);
  const options = useMemo(() => templateOptions(templates, channel, languages, value), [templates, channel, languages, value]);
  const hint = templatesError
    ? `Templates could not be loaded: ${templatesError}`
    : options.length === 1
      ? `No ${channelLabel(channel)} templates${languages.length > 0 ? ` in ${languages.join(', ')}` : ''} yet.`
      : undefined;
  return (
    <SelectField<string>
      label={label}
      value={value ?? NO_TEMPLATE}
      options={options}
      hint={hint}
      error={error}
      onChange={(id) => onChange(id === NO_TEMPLATE ? null : id)}
    />
  );
}
