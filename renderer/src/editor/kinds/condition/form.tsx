import { CONDITION_SOURCES, type ConditionConfig } from '../../../../../shared/model/nodes/condition';
import { errorAt, scopeErrors } from '../../inspector/field-errors';
import { SelectField } from '../../inspector/fields/SelectField';
import { FilterEditor } from '../../inspector/forms/FilterEditor';
import type { ConfigFormProps } from '../kind-ui';

type Source = ConditionConfig['source'];

const SOURCE_LABELS: Readonly<Record<Source, string>> = {
  profile: "The contact's profile",
  event: 'The event that started the journey',
};

const SOURCE_OPTIONS = CONDITION_SOURCES.map((source) => ({ value: source, label: SOURCE_LABELS[source] }));

export function ConditionForm({ draft }: ConfigFormProps<'condition'>) {
  const config = draft.value;
  return (
    <>
      <SelectField<Source>
        label="Check"
        path="source"
        value={config.source}
        options={SOURCE_OPTIONS}
        error={errorAt(draft.errors, 'source')}
        onChange={(source) => draft.set({ ...config, source })}
      />
      <FilterEditor
        label="Conditions"
        path="filter"
        hint='Contacts who match continue on "Yes", everyone else on "No".'
        source={config.source}
        fieldPlaceholder={config.source === 'profile' ? 'order.status' : 'event.total'}
        value={config.filter}
        errors={scopeErrors(draft.errors, 'filter')}
        onSet={(filter) => draft.set({ ...config, filter })}
        onType={(filter) => draft.type({ ...config, filter })}
      />
    </>
  );
}
