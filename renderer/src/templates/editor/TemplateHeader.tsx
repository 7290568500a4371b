import { useEffect, useId, useState } from 'react';
import type { Template } from '../../../../shared/contract/index';
import { channelLabel } from '../../../../shared/model/index';
import { hrefFor } from '../../app/route';
import { ChannelIcon } from '../../editor/nodes/ChannelIcon';
import { deleteBlockedReason, liveUsageNote } from '../../../../shared/templates/template-usage';
import { useAppStore } from '../../store/app-store';
import { NameDialog } from '../../ui/NameDialog';
import { templateLanguageOptions } from '../language-options';
import type { AutosaveStatus } from './debounced-saver';
import { SaveState } from './SaveState';
import { TestSendButton } from '../../test-send/TestSendButton';

interface TemplateHeaderProps {
  template: Template;
  saveStatus: AutosaveStatus;
  onRename(name: string): Promise<void>;
  onLanguage(language: string): void;
  /** Before a test send: the stored template is what is sent. */
  onBeforeTestSend(): Promise<void>;
  /** Where the back link goes instead of the library (the event card the template was made for). */
  backTo?: { href: string; label: string; note: string | null } | undefined;
}

export function TemplateHeader({
  template,
  saveStatus,
  onRename,
  onLanguage,
  onBeforeTestSend,
  backTo,
}: TemplateHeaderProps) {
  const [renaming, setRenaming] = useState(false);
  const languageId = useId();
  return (
    <header className="page-header template-header">
      <a href={backTo?.href ?? hrefFor({ page: 'templates' })} className="button">
        {backTo?.label ?? '← Templates'}
      </a>
      <h1>{template.name}</h1>
      {backTo?.note && <span className="muted">{backTo.note}</span>}
      <button type="button" className="button small" onClick={() => setRenaming(true)}>
        Rename
      </button>
      <span className="template-channel-label">
        <ChannelIcon channel={template.channel} size="small" /> {channelLabel(template.channel)}
      </span>
      <div className="inline-field">
        <label htmlFor={languageId}>Language</label>
        <select id={languageId} value={template.language} onChange={(event) => onLanguage(event.target.value)}>
          {templateLanguageOptions(template.language).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <SaveState status={saveStatus} />
      <TestSendButton templateId={template.id} channel={template.channel} beforeSend={onBeforeTestSend} />
      <LiveUsageNote templateId={template.id} />
      {renaming && (
        <NameDialog
          open
          title="Rename template"
          label="Template name"
          submitLabel="Rename"
          initialValue={template.name}
          onOpenChange={setRenaming}
          onSubmit={onRename}
        />
      )}
    </header>
  );
}

/** Whether a live journey sends this template, and so what cannot be done with it. */
function LiveUsageNote({ templateId }: { templateId: string }) {
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const usedBy = useAppStore((s) => s.templates.find((item) => item.id === templateId)?.usedBy);
  // Journeys may have gone live since the library was last loaded.
  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates, templateId]);
  const note = usedBy ? liveUsageNote(usedBy) : null;
  if (!usedBy || note === null) return null;
  return (
    <span className="badge template-live-usage" role="note" title={deleteBlockedReason(usedBy) ?? undefined}>
      {note}
    </span>
  );
}
