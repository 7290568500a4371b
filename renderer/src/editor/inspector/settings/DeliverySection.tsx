import { memo, useId } from 'react';
import { errorAt } from '../field-errors';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { timeZoneSuggestions } from '../time-zones';
import type { SettingsSectionProps } from './settings-props';

type CapAction = 'wait' | 'skip';

const CAP_ACTION_OPTIONS: { value: CapAction; label: string }[] = [
  { value: 'wait', label: 'Wait until allowed' },
  { value: 'skip', label: 'Skip this message' },
];

/** When messages may go out: the contacts' default time zone, quiet hours and a frequency cap. */
export function DeliverySection({ draft }: SettingsSectionProps) {
  const settings = draft.value;
  const { errors } = draft;
  const { quietHours, frequencyCap } = settings;
  const zonesId = useId();
  return (
    <fieldset className="inspector-section">
      <legend>Delivery</legend>
      <TextField
        label="Time zone"
        value={settings.timeZone}
        list={zonesId}
        spellCheck={false}
        hint="Used for contacts whose own time zone is unknown."
        path="timeZone"
        error={errorAt(errors, 'timeZone')}
        onChange={(timeZone) => draft.type({ ...settings, timeZone })}
      />
      <TimeZoneList id={zonesId} />

      <CheckboxField
        label="Quiet hours"
        checked={quietHours.enabled}
        hint="Messages due in this window wait until it ends."
        onChange={(enabled) => draft.set({ ...settings, quietHours: { ...quietHours, enabled } })}
      />
      {quietHours.enabled && (
        <div className="field-pair">
          <TextField
            label="Quiet from"
            type="time"
            value={quietHours.start}
            path="quietHours.start"
            error={errorAt(errors, 'quietHours.start')}
            onChange={(start) => draft.type({ ...settings, quietHours: { ...quietHours, start } })}
          />
          <TextField
            label="Quiet until"
            type="time"
            value={quietHours.end}
            path="quietHours.end"
            error={errorAt(errors, 'quietHours.end')}
            onChange={(end) => draft.type({ ...settings, quietHours: { ...quietHours, end } })}
          />
        </div>
      )}

      <CheckboxField
        label="Frequency cap"
        checked={frequencyCap.enabled}
        hint="Limits how many messages one contact gets, counting every journey."
        onChange={(enabled) => draft.set({ ...settings, frequencyCap: { ...frequencyCap, enabled } })}
      />
      {frequencyCap.enabled && (
        <div className="field-pair">
          <NumberField
            label="Max messages"
            value={frequencyCap.maxMessages}
            min={1}
            step={1}
            path="frequencyCap.maxMessages"
            error={errorAt(errors, 'frequencyCap.maxMessages')}
            onChange={(maxMessages) => draft.type({ ...settings, frequencyCap: { ...frequencyCap, maxMessages } })}
          />
          <NumberField
            label="Per (hours)"
            value={frequencyCap.periodHours}
            min={1}
            step={1}
            path="frequencyCap.periodHours"
            error={errorAt(errors, 'frequencyCap.periodHours')}
            onChange={(periodHours) => draft.type({ ...settings, frequencyCap: { ...frequencyCap, periodHours } })}
          />
        </div>
      )}
      {frequencyCap.enabled && (
        <SelectField<CapAction>
          label="When over the cap"
          path="frequencyCap.whenOver"
          value={frequencyCap.whenOver ?? 'wait'}
          options={CAP_ACTION_OPTIONS}
          error={errorAt(errors, 'frequencyCap.whenOver')}
          onChange={(whenOver) => draft.set({ ...settings, frequencyCap: { ...frequencyCap, whenOver } })}
        />
      )}
    </fieldset>
  );
}

/** Some four hundred options: memoised so typing elsewhere in the settings does not re-diff them. */
const TimeZoneList = memo(function TimeZoneList({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {timeZoneSuggestions().map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});
