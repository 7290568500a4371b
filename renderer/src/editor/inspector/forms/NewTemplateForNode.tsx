import { useState } from 'react';
import { channelLabel, type Channel } from '../../../../../shared/model/index';
import { useAppStore } from '../../../store/app-store';
import { newTemplateInput } from '../../../templates/new-template-input';
import { NameDialog } from '../../../ui/NameDialog';

const NO_LANGUAGES: readonly string[] = [];

/**
 * "+ New template" without leaving the canvas: a template of the step's channel, in the journey's
 * first language, assigned to the step (or fallback) as soon as it exists.
 */
export function NewTemplateForNode({ channel, onCreated }: { channel: Channel; onCreated(templateId: string): void }) {
  const [open, setOpen] = useState(false);
  const createTemplate = useAppStore((s) => s.createTemplate);
  const languages = useAppStore((s) => s.journey?.settings.languages ?? NO_LANGUAGES);
  return (
    <>
      <button type="button" className="button small" onClick={() => setOpen(true)}>
        + New template
      </button>
      {open && (
        <NameDialog
          open
          title={`New ${channelLabel(channel)} template`}
          label="Template name"
          submitLabel="Create"
          onOpenChange={setOpen}
          onSubmit={async (name) => {
            const template = await createTemplate(newTemplateInput(name, channel, languages[0] ?? ''));
            onCreated(template.id);
          }}
        />
      )}
    </>
  );
}
