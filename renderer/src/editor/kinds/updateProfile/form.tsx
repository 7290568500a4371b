import type { ProfileUpdate } from '../../../../../shared/model/index';
import { NOT_A_NUMBER, errorAt, joinPath, type FieldErrors } from '../../inspector/field-errors';
import { ListEditor } from '../../inspector/fields/ListEditor';
import { NumberField } from '../../inspector/fields/NumberField';
import { SelectField } from '../../inspector/fields/SelectField';
import { TextField } from '../../inspector/fields/TextField';
import { replaceAt } from '../../inspector/list-ops';
import {
  PROFILE_VALUE_TYPES,
  PROFILE_VALUE_TYPE_LABELS,
  convertProfileValue,
  profileValueType,
  type ProfileValueType,
} from '../../inspector/profile-values';
import type { ConfigFormProps } from '../kind-ui';

const TYPE_OPTIONS = PROFILE_VALUE_TYPES.map((type) => ({ value: type, label: PROFILE_VALUE_TYPE_LABELS[type] }));
const BOOLEAN_OPTIONS = [
  { value: 'true', label: 'True' },
  { value: 'false', label: 'False' },
] as const;

export function UpdateProfileForm({ draft }: ConfigFormProps<'updateProfile'>) {
  const config = draft.value;
  const at = (index: number, update: ProfileUpdate) => ({
    ...config,
    updates: replaceAt(config.updates, index, update),
  });
  return (
    <ListEditor<ProfileUpdate>
      label="Profile updates"
      path="updates"
      items={config.updates}
      onChange={(updates) => draft.set({ ...config, updates })}
      newItem={() => ({ field: '', value: '' })}
      addLabel="+ Add field"
      itemLabel={(index) => `Update ${index + 1}`}
      emptyText="No fields are changed yet."
      reorderable
      renderItem={(update, index) => (
        <ProfileUpdateFields
          update={update}
          errors={draft.errors}
          path={joinPath('updates', index)}
          onSet={(next) => draft.set(at(index, next))}
          onType={(next) => draft.type(at(index, next))}
        />
      )}
    />
  );
}

interface ProfileUpdateFieldsProps {
  update: ProfileUpdate;
  errors: FieldErrors;
  path: string;
  onSet(update: ProfileUpdate): void;
  onType(update: ProfileUpdate): void;
}

function ProfileUpdateFields({ update, errors, path, onSet, onType }: ProfileUpdateFieldsProps) {
  const type = profileValueType(update.value);
  const { value } = update;
  // The model's message for a bad value lists every type; a number box only needs a number.
  const valueError =
    typeof value === 'number' && Number.isNaN(value) ? NOT_A_NUMBER : errorAt(errors, joinPath(path, 'value'));
  return (
    <>
      <TextField
        label="Profile field"
        path="field"
        value={update.field}
        placeholder="loyaltyTier"
        spellCheck={false}
        error={errorAt(errors, joinPath(path, 'field'))}
        onChange={(field) => onType({ ...update, field })}
      />
      <SelectField<ProfileValueType>
        label="Type"
        value={type}
        options={TYPE_OPTIONS}
        onChange={(next) => onSet({ ...update, value: convertProfileValue(value, next) })}
      />
      {typeof value === 'string' && (
        <TextField
          label="Value"
          path="value"
          value={value}
          hint="May contain Liquid, e.g. {{ order.total }}."
          error={valueError}
          onChange={(text) => onType({ ...update, value: text })}
        />
      )}
      {typeof value === 'number' && (
        <NumberField
          label="Value"
          path="value"
          value={value}
          step="any"
          error={valueError}
          onChange={(number) => onType({ ...update, value: number })}
        />
      )}
      {typeof value === 'boolean' && (
        <SelectField<'true' | 'false'>
          label="Value"
          path="value"
          value={value ? 'true' : 'false'}
          options={BOOLEAN_OPTIONS}
          error={valueError}
          onChange={(choice) => onSet({ ...update, value: choice === 'true' })}
        />
      )}
      {value === null && <p className="muted">The field is cleared.</p>}
    </>
  );
}
