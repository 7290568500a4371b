import { errorAt, errorWithin } from '../../inspector/field-errors';
import { DurationField } from '../../inspector/fields/DurationField';
import { TextField } from '../../inspector/fields/TextField';
import type { ConfigFormProps } from '../kind-ui';

export function RetargetForm({ draft }: ConfigFormProps<'retarget'>) {
  const config = draft.value;
  return (
    <>
      <TextField
        label="Conversion event"
        value={config.conversionEvent}
        placeholder="purchase"
        spellCheck={false}
        hint='Contacts who do this within the window continue on "Converted".'
        path="conversionEvent"
        error={errorAt(draft.errors, 'conversionEvent')}
        onChange={(conversionEvent) => draft.type({ ...config, conversionEvent })}
      />
      <DurationField
        label="Conversion window"
        value={config.window}
        path="window"
        error={errorWithin(draft.errors, 'window')}
        onChange={(window) => draft.set({ ...config, window })}
        onType={(window) => draft.type({ ...config, window })}
      />
    </>
  );
}
