import { useState, type FormEvent } from 'react';
import { Dialog } from 'radix-ui';
import type { ParameterSettings } from '../../../../shared/guided/parameter-settings';
import type { QuickPreset } from '../../../../shared/guided/quick/preset';
import { presetWizardState } from '../../../../shared/guided/quick/preset-journey';
import type { GuidedWizardState } from '../../../../shared/guided/wizard-state';
import { messageOf } from '../../store/message-of';
import { FormDialogFooter } from '../../ui/FormDialogFooter';
import { ParametersTab } from '../ParametersTab';

interface PresetDialogProps {
  preset: QuickPreset;
  parameters: ParameterSettings;
  onClose(): void;
  /** Rejecting keeps the dialog open with the message. */
  onCreate(name: string, choose: (state: GuidedWizardState) => GuidedWizardState): Promise<void>;
}

/** Asks for the new journey's name and, for order-event journeys, its parameters. */
export function PresetDialog({ preset, parameters, onClose, onCreate }: PresetDialogProps) {
  const [name, setName] = useState(preset.name);
  const [choices, setChoices] = useState<GuidedWizardState | null>(() =>
    preset.kind === 'cards' ? presetWizardState(preset, (key) => key) : null,
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Please enter a name.');
      return;
    }
    setBusy(true);
    try {
      await onCreate(name.trim(), (state) =>
        choices === null
          ? state
          : { ...state, persona: choices.persona, movementType: choices.movementType, parameters: choices.parameters },
      );
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">Use “{preset.name}”</Dialog.Title>
          <form onSubmit={submit}>
            <label className="field">
              <span className="field-label">Journey name</span>
              <input autoFocus value={name} maxLength={200} onChange={(change) => setName(change.target.value)} />
            </label>
            {choices !== null && <ParametersTab state={choices} settings={parameters} onChange={setChoices} />}
            <p className="muted">
              Its {preset.templates.length} templates are copied into your library, so changing them leaves the gallery
              as it is.
            </p>
            <FormDialogFooter error={error} busy={busy} submitLabel="Create" errorId="preset-dialog-error" />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
