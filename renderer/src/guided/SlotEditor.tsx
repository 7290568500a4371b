import { useId } from 'react';
import { CHANNELS, channelLabel, type Channel } from '../../../shared/model/index';
import { templatesFor, type TemplateFacts } from '../../../shared/guided/wizard-edits';

interface SlotEditorProps {
  /** "Channel" for the card's own message, "Fallback 1"… for the chain. */
  title: string;
  channel: Channel;
  templateId: string | null;
  templates: readonly TemplateFacts[];
  languages: readonly string[];
  onChannel(channel: Channel): void;
  onTemplate(templateId: string | null): void;
  onPreview(templateId: string): void;
  onCreate(): void;
}

/** One link of a card's chain: its channel and its template, chosen, previewed or created on the spot. */
export function SlotEditor(props: SlotEditorProps) {
  const { title, channel, templateId, templates, languages } = props;
  const channelId = useId();
  const templateFieldId = useId();
  const offered = templatesFor(templates, channel, languages);
  const current = templates.find((template) => template.id === templateId);
  // A chosen template stays listed even when it no longer fits, so the select shows what is stored.
  const options = current && !offered.includes(current) ? [current, ...offered] : offered;
  const fits = current !== undefined && current.channel === channel;
  return (
    <div className="slot-editor">
      <div className="inline-field">
        <label htmlFor={channelId}>{title}</label>
        <select id={channelId} value={channel} onChange={(event) => props.onChannel(event.target.value as Channel)}>
          {CHANNELS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={templateFieldId}>{channelLabel(channel)} template</label>
        <select
          id={templateFieldId}
          value={templateId ?? ''}
          aria-invalid={!fits ? true : undefined}
          onChange={(event) => props.onTemplate(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">Choose a template</option>
          {options.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
              {template.language === '' ? '' : ` (${template.language})`}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button small"
        disabled={!fits}
        title={fits ? undefined : 'Choose a template to preview it.'}
        onClick={() => templateId !== null && props.onPreview(templateId)}
      >
        Preview
      </button>
      <button type="button" className="button small" onClick={props.onCreate}>
        Create new
      </button>
    </div>
  );
}
