import type { Template } from '../../../../../shared/contract/index';
import { channelLabel } from '../../../../../shared/model/index';
import { useAppStore } from '../../../store/app-store';
import { useLiveRender } from '../../../templates/editor/use-live-render';
import { useProfilesVersion } from '../../../templates/editor/use-profiles-version';
import { previewSummary } from '../../../templates/previews/preview-summary';
import '../../../templates/templates.css';

/**
 * The chosen template rendered with the current sample profile, compact enough for the inspector:
 * the same render call as the template editor, so what shows here is what will be sent.
 */
export function TemplatePreviewInline({ templateId }: { templateId: string }) {
  const template = useAppStore((s) => s.templates.find((t) => t.id === templateId));
  // Unknown until the list loads (or deleted): the select already says so.
  return template ? <RenderedSummary template={template} /> : null;
}

function RenderedSummary({ template }: { template: Template }) {
  const profileId = useAppStore((s) => s.previewProfileId);
  const profileName = useAppStore(
    (s) => (s.profiles.find((p) => p.id === profileId) ?? s.profiles.find((p) => p.isDefault))?.name,
  );
  const profilesVersion = useProfilesVersion();
  const live = useLiveRender({ channel: template.channel, content: template.content, profileId, profilesVersion });
  const label = `${channelLabel(template.channel)} template preview`;
  const result = live.result?.channel === template.channel ? live.result : null;
  const summary = result
    ? previewSummary(template.channel, result, template.channel === 'telegram' ? template.content.parseMode : 'HTML')
    : null;
  const errors = result?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  return (
    <section className="inline-preview" aria-label={label}>
      {live.error ? (
        <p className="field-error">The preview could not be rendered: {live.error}</p>
      ) : !summary ? (
        <p className="muted">Rendering…</p>
      ) : (
        <>
          <p className="inline-preview-heading">{summary.heading}</p>
          {summary.text && <p className="inline-preview-text">{summary.text}</p>}
          {summary.note && <p className="muted inline-preview-note">{summary.note}</p>}
          {errors.length > 0 && (
            <p className="field-error">
              {errors.length === 1 ? '1 problem' : `${errors.length} problems`}: {errors[0]!.message}
            </p>
          )}
        </>
      )}
      {profileName && <p className="muted inline-preview-note">Previewed as {profileName}</p>}
    </section>
  );
}
