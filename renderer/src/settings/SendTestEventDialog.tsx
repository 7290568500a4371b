import { useState, type FormEvent } from 'react';
import { Dialog } from 'radix-ui';
import { ApiError } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';
import { useAppStore } from '../store/app-store';
import { FormDialogFooter } from '../ui/FormDialogFooter';
import { eventFromForm, type EventFormErrors, type EventFormValues } from './event-form';

const EMPTY: EventFormValues = { customerId: '', name: '', propertiesText: '{\n  \n}' };

/** Records an event exactly as the events API would, through events.send. */
export function SendTestEventDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const [values, setValues] = useState<EventFormValues>(EMPTY);
  const [errors, setErrors] = useState<EventFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function change(open: boolean) {
    if (open) {
      setErrors({});
      setFailure(null);
    }
    onOpenChange(open);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const result = eventFromForm(values);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const sent = await client.events.send(result.event);
      notify(
        'info',
        `Recorded the event “${values.name.trim()}” for ${values.customerId.trim()} (id ${sent.eventId}).`,
      );
      onOpenChange(false);
    } catch (error) {
      if (error instanceof ApiError && error.issues?.length)
        setFailure(
          error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; '),
        );
      else setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const set = (key: keyof EventFormValues) => (text: string) => setValues((current) => ({ ...current, [key]: text }));

  return (
    <Dialog.Root open={open} onOpenChange={change}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog send-event-dialog">
          <Dialog.Title className="dialog-title">Send test event</Dialog.Title>
          <Dialog.Description className="dialog-description">
            Recorded as if it came through the events API: journeys waiting for it react to it.
          </Dialog.Description>
          <form onSubmit={submit} noValidate>
            <TextInput
              label="Customer id"
              value={values.customerId}
              error={errors.customerId}
              onChange={set('customerId')}
              autoFocus
            />
            <TextInput
              label="Event name"
              value={values.name}
              error={errors.name}
              onChange={set('name')}
              placeholder="order.shipped"
            />
            <label className="field">
              <span className="field-label">Properties (JSON)</span>
              <textarea
                rows={6}
                spellCheck={false}
                value={values.propertiesText}
                onChange={(event) => set('propertiesText')(event.target.value)}
                aria-invalid={errors.properties ? true : undefined}
                aria-describedby={errors.properties ? 'event-properties-error' : undefined}
              />
              {errors.properties && (
                <span id="event-properties-error" role="alert" className="field-error">
                  {errors.properties}
                </span>
              )}
            </label>
            <FormDialogFooter error={failure} busy={busy} submitLabel="Send event" />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function TextInput({
  label,
  value,
  error,
  onChange,
  ...rest
}: {
  label: string;
  value: string;
  error: string | undefined;
  onChange(text: string): void;
  autoFocus?: boolean;
  placeholder?: string;
}) {
  const errorId = `event-${label.toLowerCase().replace(/\s+/g, '-')}-error`;
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        value={value}
        maxLength={200}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...rest}
      />
      {error && (
        <span id={errorId} role="alert" className="field-error">
          {error}
        </span>
      )}
    </label>
  );
}
