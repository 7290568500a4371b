import {
  CHANNELS,
  MOVEMENT_TYPES,
  PERSONAS,
  type Channel,
  type JourneySettings,
} from '../../../../../shared/model/index';
import { errorAt, errorWithin } from '../field-errors';
import { CommaListField } from '../fields/CommaListField';
import { SelectField } from '../fields/SelectField';
import type { SettingsSectionProps } from './settings-props';

type Persona = JourneySettings['persona'];
type MovementType = JourneySettings['movementType'];

const PERSONA_LABELS: Readonly<Record<Persona, string>> = { customer: 'Customer', seller: 'Seller' };
const MOVEMENT_LABELS: Readonly<Record<MovementType, string>> = { forward: 'Forward', reverse: 'Reverse' };

const CHANNEL_OPTIONS = CHANNELS.map(({ id, label }) => ({ value: id, label }));
const PERSONA_OPTIONS = PERSONAS.map((persona) => ({ value: persona, label: PERSONA_LABELS[persona] }));
const MOVEMENT_OPTIONS = MOVEMENT_TYPES.map((type) => ({ value: type, label: MOVEMENT_LABELS[type] }));

/** The routing parameters of Guided Mode's first step, and who the journey speaks to. */
export function RoutingSection({ draft }: SettingsSectionProps) {
  const settings = draft.value;
  const { errors } = draft;
  return (
    <fieldset className="inspector-section">
      <legend>Routing</legend>
      <SelectField<Channel>
        label="Primary channel"
        value={settings.primaryChannel}
        options={CHANNEL_OPTIONS}
        path="primaryChannel"
        error={errorAt(errors, 'primaryChannel')}
        onChange={(primaryChannel) => draft.set({ ...settings, primaryChannel })}
      />
      <SelectField<Persona>
        label="Persona"
        value={settings.persona}
        options={PERSONA_OPTIONS}
        path="persona"
        error={errorAt(errors, 'persona')}
        onChange={(persona) => draft.set({ ...settings, persona })}
      />
      <SelectField<MovementType>
        label="Movement type"
        value={settings.movementType}
        options={MOVEMENT_OPTIONS}
        path="movementType"
        error={errorAt(errors, 'movementType')}
        onChange={(movementType) => draft.set({ ...settings, movementType })}
      />
      <CommaListField
        label="Languages"
        value={settings.languages}
        placeholder="en, pt-BR"
        hint="Language codes, separated by commas."
        path="languages"
        error={errorWithin(errors, 'languages')}
        onChange={(languages) => draft.type({ ...settings, languages })}
      />
      <CommaListField
        label="Courier accounts"
        value={settings.courierAccounts}
        path="courierAccounts"
        error={errorWithin(errors, 'courierAccounts')}
        onChange={(courierAccounts) => draft.type({ ...settings, courierAccounts })}
      />
      <CommaListField
        label="Order types"
        value={settings.orderTypes}
        placeholder="prepaid, cod"
        path="orderTypes"
        error={errorWithin(errors, 'orderTypes')}
        onChange={(orderTypes) => draft.type({ ...settings, orderTypes })}
      />
    </fieldset>
  );
}
