import type { Audience } from '../../../../../shared/model/index';
import { AUDIENCE_TYPES, audienceEnrolsExisting, freshAudience } from '../../../../../shared/model/nodes/entry';
import { AudienceEstimate } from '../../../audience/AudienceEstimate';
import { errorAt, scopeErrors } from '../../inspector/field-errors';
import { CheckboxField } from '../../inspector/fields/CheckboxField';
import { SelectField } from '../../inspector/fields/SelectField';
import { TextField } from '../../inspector/fields/TextField';
import { useVariantMemory } from '../../inspector/use-variant-memory';
import { FilterEditor } from '../../inspector/forms/FilterEditor';
import type { ConfigFormProps } from '../kind-ui';
import { EntryListSelect } from '../../inspector/forms/EntryListSelect';
import { OrderEventPicker } from '../../inspector/forms/OrderEventPicker';
import { RuleListEditor } from '../../inspector/forms/RuleListEditor';

type AudienceType = Audience['type'];

const AUDIENCE_LABELS: Readonly<Record<AudienceType, string>> = {
  all: 'All contacts',
  list: 'A list',
  filter: 'A filter',
  customEvent: 'A custom event',
  orderEvent: 'An order event',
};

const AUDIENCE_OPTIONS = AUDIENCE_TYPES.map((type) => ({ value: type, label: AUDIENCE_LABELS[type] }));

export function EntryForm({ draft }: ConfigFormProps<'entry'>) {
  const { audience } = draft.value;
  const errors = scopeErrors(draft.errors, 'audience');
  const memory = useVariantMemory<AudienceType, Audience>();
  const setAudience = (next: Audience) => draft.set({ ...draft.value, audience: next });
  const typeAudience = (next: Audience) => draft.type({ ...draft.value, audience: next });

  return (
    <>
      <SelectField<AudienceType>
        label="Audience"
        path="audience.type"
        value={audience.type}
        options={AUDIENCE_OPTIONS}
        error={errorAt(errors, 'type')}
        onChange={(type) => setAudience(memory.switchTo(audience, audience.type, type, () => freshAudience(type)))}
      />
      {audience.type === 'all' && <p className="muted">Every contact enters the journey.</p>}
      {audience.type === 'list' && (
        <EntryListSelect
          path="audience.listId"
          listId={audience.listId}
          error={errorAt(errors, 'listId')}
          onChange={(listId) => setAudience({ ...audience, listId })}
        />
      )}
      {audience.type === 'filter' && (
        <FilterEditor
          label="Contacts matching"
          path="audience.filter"
          value={audience.filter}
          errors={scopeErrors(errors, 'filter')}
          onSet={(filter) => setAudience({ ...audience, filter })}
          onType={(filter) => typeAudience({ ...audience, filter })}
        />
      )}
      {audience.type === 'all' && <AudienceEstimate request={{ all: true }} />}
      {audience.type === 'list' && (
        <AudienceEstimate request={audience.listId === null ? null : { listId: audience.listId }} />
      )}
      {audience.type === 'filter' && <AudienceEstimate request={{ filter: audience.filter }} />}
      {audienceEnrolsExisting(audience) && (
        <CheckboxField
          label="Also enrol contacts who match later"
          path="enrolLater"
          checked={draft.value.enrolLater === true}
          hint="Contacts imported, created or changed after activation enter once they match (the re-entry rule still applies)."
          error={errorAt(draft.errors, 'enrolLater')}
          onChange={(enrolLater) => draft.set({ ...draft.value, enrolLater })}
        />
      )}
      {(audience.type === 'customEvent' || audience.type === 'orderEvent') && (
        <p className="muted">The audience is whoever triggers the event, so it cannot be counted in advance.</p>
      )}
      {audience.type === 'customEvent' && (
        <>
          <TextField
            label="Event name"
            path="audience.eventName"
            value={audience.eventName}
            placeholder="cart_abandoned"
            spellCheck={false}
            error={errorAt(errors, 'eventName')}
            onChange={(eventName) => typeAudience({ ...audience, eventName })}
          />
          <RuleListEditor
            label="Property conditions"
            path="audience.propertyRules"
            hint="All of them must hold for the event to start the journey."
            fieldPlaceholder="properties.total"
            source="event"
            rules={audience.propertyRules}
            errors={scopeErrors(errors, 'propertyRules')}
            onSet={(propertyRules) => setAudience({ ...audience, propertyRules })}
            onType={(propertyRules) => typeAudience({ ...audience, propertyRules })}
          />
        </>
      )}
      {audience.type === 'orderEvent' && (
        <OrderEventPicker
          eventKey={audience.eventKey}
          error={errorAt(errors, 'eventKey')}
          onChoose={(event) =>
            setAudience({
              ...audience,
              packageId: event?.packageId ?? null,
              eventKey: event?.eventKey ?? null,
            })
          }
        />
      )}
    </>
  );
}
