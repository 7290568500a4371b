import { useState, type FormEvent } from 'react';
import { Dialog } from 'radix-ui';
import { CHANNELS, type Channel } from '../../../../shared/model/index';
import { STARTER_LAYOUTS } from '../../../../shared/templates/index';
import { SelectField } from '../../editor/inspector/fields/SelectField';
import { TextField } from '../../editor/inspector/fields/TextField';
import type { NewTemplate } from '../../store/templates-slice';
import { messageOf } from '../../store/message-of';
import { templateLanguageOptions } from '../language-options';
import { newTemplateInput } from '../new-template-input';
import { FormDialogFooter } from '../../ui/FormDialogFooter';

const CHANNEL_OPTIONS = CHANNELS.map(({ id, label }) => ({ value: id, label }));
const LAYOUT_OPTIONS = STARTER_LAYOUTS.map(({ id, name }) => ({ value: id, label: name }));

interface NewTemplateDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  onCloseAutoFocus?(event: Event): void;
  /** Rejecting keeps the dialog open with the message under the fields. */
  onCreate(input: NewTemplate): Promise<void>;
}

export function NewTemplateDialog({ open, onOpenChange, onCloseAutoFocus, onCreate }: NewTemplateDialogProps) {
  const [name, setName] = useState('');
  const [channel, setChannel] = useState<Channel>('email');
  const [language, setLanguage] = useState('');
  const [layoutId, setLayoutId] = useState(STARTER_LAYOUTS[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Please enter a name.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onCreate(newTemplateInput(name.trim(), channel, language, layoutId));
      onOpenChange(false);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined} onCloseAutoFocus={onCloseAutoFocus}>
          <Dialog.Title className="dialog-title">New template</Dialog.Title>
          <form className="dialog-form" onSubmit={submit}>
            <TextField label="Template name" value={name} onChange={setName} />
            <SelectField<Channel> label="Channel" value={channel} options={CHANNEL_OPTIONS} onChange={setChannel} />
            <SelectField
              label="Language"
              value={language}
              options={templateLanguageOptions(language)}
              onChange={setLanguage}
            />
            {channel === 'email' && LAYOUT_OPTIONS.length > 0 && (
              <SelectField
                label="Starter layout"
                value={layoutId}
                options={LAYOUT_OPTIONS}
                onChange={setLayoutId}
                hint="The MJML the email starts from."
              />
            )}
            <FormDialogFooter error={error} busy={busy} submitLabel="Create" />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
