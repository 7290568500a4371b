import { useMemo } from 'react';
import { channelLabel, type Channel } from '../../../../../shared/model/index';
import { hrefFor } from '../../../app/route';
import { useAppStore } from '../../../store/app-store';
import { SelectField } from '../fields/SelectField';
import { NO_TEMPLATE, templateOptions } from '../template-options';
import { NewTemplateForNode } from './NewTemplateForNode';
import { TemplatePreviewInline } from './TemplatePreviewInline';

const NO_LANGUAGES: readonly string[] = [];

export interface TemplateSelectProps {
  label: string;
  channel: Channel;
  value: string | null;
  onChange(templateId: string | null): void;
  error?: string | undefined;
  path?: string | undefined;
}

/**
 * Existing templates of the channel in the journey's languages, plus "No template"; a new one can
 * be created and assigned from here, and the chosen one is previewed in place.
 */
export function TemplateSelect({ label, channel, value, onChange, error, path }: TemplateSelectProps) {
  const templates = useAppStore((s) => s.templates);
  const templatesError = useAppStore((s) => s.templatesError);
  const languages = useAppStore((s) => s.journey?.settings.languages ?? NO_LANGUAGES);
  const options = useMemo(
    () => templateOptions(templates, channel, languages, value),
    [templates, channel, languages, value],
  );
  const hint = templatesError
    ? `Templates could not be loaded: ${templatesError}`
    : options.length === 1
      ? `No ${channelLabel(channel)} templates${languages.length > 0 ? ` in ${languages.join(', ')}` : ''} yet.`
      : undefined;
  return (
    <div className="template-select">
      <SelectField<string>
        label={label}
        path={path}
        value={value ?? NO_TEMPLATE}
        options={options}
        hint={hint}
        error={error}
        onChange={(id) => onChange(id === NO_TEMPLATE ? null : id)}
      />
      <div className="template-select-actions">
        <NewTemplateForNode channel={channel} onCreated={onChange} />
        {value !== null && (
          <a className="button small" href={hrefFor({ page: 'template', templateId: value })}>
            Open in editor
          </a>
        )}
      </div>
      {value !== null && <TemplatePreviewInline templateId={value} />}
    </div>
  );
}
