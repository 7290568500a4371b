import { useId } from 'react';
import { channelLabel } from '../../../shared/model/index';
import { MOVEMENT_TYPES, PERSONAS } from '../../../shared/model/journey-settings';
import {
  GUIDED_PRIMARY_CHANNELS,
  channelStepBlocker,
  type GuidedWizardState,
} from '../../../shared/guided/wizard-state';

const PERSONA_LABELS = { customer: 'Customer', seller: 'Seller' } as const;
const MOVEMENT_LABELS = { forward: 'Forward', reverse: 'Reverse' } as const;

interface ChannelStepProps {
  state: GuidedWizardState;
  /** Only a journey not yet saved asks for its name here. */
  name: string | null;
  onName(name: string): void;
  onChange(next: GuidedWizardState): void;
  onNext(): void;
  busy: boolean;
}

/** Step 1: the primary channel and the mandatory routing parameters. */
export function ChannelStep({ state, name, onName, onChange, onNext, busy }: ChannelStepProps) {
  const blockerId = useId();
  const blocker =
    channelStepBlocker(state) ?? (name !== null && name.trim() === '' ? 'Give the journey a name.' : null);
  return (
    <section className="guided-step" aria-label="Select channel & parameters">
      {name !== null && (
        <label className="field">
          <span className="field-label">Journey name</span>
          <input value={name} maxLength={200} onChange={(event) => onName(event.target.value)} />
        </label>
      )}
      <fieldset className="guided-choice">
        <legend>Primary channel</legend>
        {GUIDED_PRIMARY_CHANNELS.map((channel) => (
          <label key={channel} className="choice-tile">
            <input
              type="radio"
              name="primary-channel"
              checked={state.primaryChannel === channel}
              onChange={() => onChange({ ...state, primaryChannel: channel })}
            />
            {channelLabel(channel)}
          </label>
        ))}
      </fieldset>
      <p className="muted">Fallback channels (e.g. WhatsApp → SMS → Email) are added later, on each event card.</p>
      <fieldset className="guided-choice">
        <legend>User persona (required)</legend>
        {PERSONAS.map((persona) => (
          <label key={persona} className="choice-tile">
            <input
              type="radio"
              name="persona"
              checked={state.persona === persona}
              onChange={() => onChange({ ...state, persona })}
            />
            {PERSONA_LABELS[persona]}
          </label>
        ))}
      </fieldset>
      <fieldset className="guided-choice">
        <legend>Movement type (required)</legend>
        {MOVEMENT_TYPES.map((movementType) => (
          <label key={movementType} className="choice-tile">
            <input
              type="radio"
              name="movement-type"
              checked={state.movementType === movementType}
              onChange={() => onChange({ ...state, movementType })}
            />
            {MOVEMENT_LABELS[movementType]}
          </label>
        ))}
      </fieldset>
      <p className="muted">Language, courier account and order type can be set in the Configure step.</p>
      <div className="guided-actions">
        {blocker !== null && (
          <span id={blockerId} className="guided-blocker" role="status">
            {blocker}
          </span>
        )}
        <button
          type="button"
          className="button primary"
          disabled={blocker !== null || busy}
          aria-describedby={blocker !== null ? blockerId : undefined}
          onClick={onNext}
        >
          Save & Next
        </button>
      </div>
    </section>
  );
}
