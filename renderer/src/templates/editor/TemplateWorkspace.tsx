import { useMemo, useRef, useState } from 'react';
import { customerTemplateData, type Contact } from '../../../../shared/audience/index';
import type { Template } from '../../../../shared/contract/index';
import type { RenderDiagnostic } from '../../../../shared/templates/index';
import { useAppStore } from '../../store/app-store';
import type { CodeEditorHandle } from '../code/LazyCodeEditor';
import { ChannelForm } from '../forms/ChannelForm';
import { PreviewPanel } from './PreviewPanel';
import { ProblemsList } from './ProblemsList';
import { TemplateHeader } from './TemplateHeader';
import { useLiveRender } from './use-live-render';
import { useProfilesVersion } from './use-profiles-version';
import type { TemplateDraft } from './use-template-draft';
import { VariablesPanel } from './VariablesPanel';
import { hrefFor } from '../../app/route';
import { useEventSample } from '../../guided/use-event-sample';
import type { OpenedFromCard } from '../TemplateEditorPage';

/** The field a channel edits in the code editor, so a problem there can move the cursor to it. */
const CODE_FIELDS: Partial<Record<Template['channel'], string>> = { email: 'mjml', marketing: 'payload' };

/** A loaded template: the channel's form on the left, its live preview on the right. */
export function TemplateWorkspace({
  draft,
  template,
  openedFrom,
}: {
  draft: TemplateDraft;
  template: Template;
  openedFrom?: OpenedFromCard | undefined;
}) {
  // Opened from an event card: the preview shows the event's sample data until a contact is picked.
  const eventSample = useEventSample(openedFrom?.eventKey ?? '');
  const profileId = useAppStore((s) => s.previewProfileId);
  const profilesVersion = useProfilesVersion();
  const codeRef = useRef<CodeEditorHandle>(null);
  const [strictVariables, setStrictVariables] = useState(false);
  const [previewContact, setPreviewContact] = useState<Contact | null>(null);
  const contactData = useMemo(
    () => (previewContact ? { customer: customerTemplateData(previewContact), order: {}, event: {} } : null),
    [previewContact],
  );
  const live = useLiveRender({
    channel: template.channel,
    content: template.content,
    profileId,
    profilesVersion,
    data: contactData ?? (openedFrom ? (eventSample?.data ?? null) : null),
    strictVariables,
  });
  const codeField = CODE_FIELDS[template.channel] ?? null;
  const goTo = (d: RenderDiagnostic) => {
    if (d.line !== undefined) codeRef.current?.focusAt(d.line, d.column);
  };

  return (
    <>
      <TemplateHeader
        template={template}
        saveStatus={draft.saveStatus}
        onRename={draft.rename}
        onLanguage={draft.setLanguage}
        onBeforeTestSend={draft.saveNow}
        backTo={
          openedFrom
            ? {
                href: hrefFor({ page: 'guided', journeyId: openedFrom.journeyId }),
                label: '← Back to journey setup',
                note: eventSample ? `Previewing with the sample data of “${eventSample.label}”.` : null,
              }
            : undefined
        }
      />
      <div className="template-workspace">
        <section className="template-form" aria-label="Template content">
          <ChannelForm template={template} result={live.result} onChange={draft.setContent} codeRef={codeRef} />
          <ProblemsList diagnostics={live.result?.diagnostics ?? []} codeField={codeField} onGoTo={goTo} />
          <VariablesPanel
            variables={live.result?.variables}
            strict={strictVariables}
            onStrictChange={setStrictVariables}
          />
        </section>
        <PreviewPanel template={template} live={live} contact={previewContact} onContactChange={setPreviewContact} />
      </div>
    </>
  );
}
