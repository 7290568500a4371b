import { WAITABLE_EVENTS, type WaitForEventConfig } from '../../../../../shared/model/nodes/waitForEvent';
import { errorAt, errorWithin } from '../../inspector/field-errors';
import { DurationField } from '../../inspector/fields/DurationField';
import { SelectField } from '../../inspector/fields/SelectField';
import { TextField } from '../../inspector/fields/TextField';
import type { ConfigFormProps } from '../kind-ui';

type WaitableEvent = WaitForEventConfig['event'];

const EVENT_LABELS: Readonly<Record<WaitableEvent, string>> = {
  clicked: 'Clicked',
  opened: 'Opened',
  delivered: 'Delivered',
  custom: 'Custom…',
};

const EVENT_OPTIONS = WAITABLE_EVENTS.map((event) => ({ value: event, label: EVENT_LABELS[event] }));

export function WaitForEventForm({ draft }: ConfigFormProps<'waitForEvent'>) {
  const config = draft.value;
  return (
    <>
      <SelectField<WaitableEvent>
        label="Event"
        path="event"
        value={config.event}
        options={EVENT_OPTIONS}
        hint="Clicked, opened and delivered refer to the last message the contact was sent."
        error={errorAt(draft.errors, 'event')}
        onChange={(event) => draft.set({ ...config, event })}
      />
      {config.event === 'custom' && (
        <TextField
          label="Custom event name"
          path="customEventName"
          value={config.customEventName}
          placeholder="app_opened"
          spellCheck={false}
          error={errorAt(draft.errors, 'customEventName')}
          onChange={(customEventName) => draft.type({ ...config, customEventName })}
        />
      )}
      <DurationField
        label="Timeout"
        path="timeout"
        value={config.timeout}
        hint='Contacts who have not done it by then continue on "Timed out".'
        error={errorWithin(draft.errors, 'timeout')}
        onChange={(timeout) => draft.set({ ...config, timeout })}
        onType={(timeout) => draft.type({ ...config, timeout })}
      />
    </>
  );
}
