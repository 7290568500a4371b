import type { DelayConfig } from '../../../../../shared/model/index';
import { DELAY_MODES } from '../../../../../shared/model/nodes/delay';
import { joinDelayDate, splitDelayDate } from '../../inspector/delay-date';
import { errorAt, errorWithin } from '../../inspector/field-errors';
import { CheckboxField } from '../../inspector/fields/CheckboxField';
import { DurationField } from '../../inspector/fields/DurationField';
import { SelectField } from '../../inspector/fields/SelectField';
import { TextField } from '../../inspector/fields/TextField';
import { useVariantMemory } from '../../inspector/use-variant-memory';
import type { ConfigFormProps } from '../kind-ui';

type DelayMode = DelayConfig['mode'];

const MODE_LABELS: Readonly<Record<DelayMode, string>> = {
  duration: 'Wait for a duration',
  timeOfDay: 'Until a time of day',
  date: 'Until a date',
};

const MODE_OPTIONS = DELAY_MODES.map((mode) => ({ value: mode, label: MODE_LABELS[mode] }));

function freshDelay(mode: DelayMode): DelayConfig {
  switch (mode) {
    case 'duration':
      return { mode, duration: { amount: 1, unit: 'days' } };
    case 'timeOfDay':
      return { mode, time: '09:00' };
    case 'date':
      return { mode, date: '' };
  }
}

export function DelayForm({ draft }: ConfigFormProps<'delay'>) {
  const config = draft.value;
  const memory = useVariantMemory<DelayMode, DelayConfig>();
  return (
    <>
      <SelectField<DelayMode>
        label="Delay type"
        value={config.mode}
        options={MODE_OPTIONS}
        path="mode"
        error={errorAt(draft.errors, 'mode')}
        onChange={(mode) => draft.set(memory.switchTo(config, config.mode, mode, () => freshDelay(mode)))}
      />
      {config.mode === 'duration' && (
        <DurationField
          label="Duration"
          value={config.duration}
          path="duration"
          error={errorWithin(draft.errors, 'duration')}
          onChange={(duration) => draft.set({ ...config, duration })}
          onType={(duration) => draft.type({ ...config, duration })}
        />
      )}
      {config.mode === 'timeOfDay' && (
        <TextField
          label="Time of day"
          type="time"
          value={config.time}
          hint="In the contact's time zone; if that time has passed today, contacts wait until tomorrow."
          path="time"
          error={errorAt(draft.errors, 'time')}
          onChange={(time) => draft.type({ ...config, time })}
        />
      )}
      {config.mode === 'date' && <DelayDateFields config={config} draft={draft} />}
    </>
  );
}

function DelayDateFields({
  config,
  draft,
}: {
  config: Extract<DelayConfig, { mode: 'date' }>;
  draft: ConfigFormProps<'delay'>['draft'];
}) {
  const parts = splitDelayDate(config.date);
  return (
    <>
      <TextField
        label="Date and time"
        type="datetime-local"
        value={parts.local}
        path="date"
        error={errorAt(draft.errors, 'date')}
        onChange={(local) => draft.type({ ...config, date: joinDelayDate({ ...parts, local }) })}
      />
      <CheckboxField
        label="In UTC rather than the contact's time zone"
        checked={parts.utc}
        disabled={parts.local === ''}
        hint={parts.local === '' ? 'Choose a date first.' : undefined}
        onChange={(utc) => draft.set({ ...config, date: joinDelayDate({ ...parts, utc }) })}
      />
    </>
  );
}
