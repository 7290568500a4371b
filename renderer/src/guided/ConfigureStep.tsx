import { useEffect, useMemo, useState } from 'react';
import { Tabs } from 'radix-ui';
import { findEvent } from '../../../shared/guided/catalogue';
import type { EventPackage } from '../../../shared/guided/package-schema';
import type { ParameterSettings } from '../../../shared/guided/parameter-settings';
import {
  cardProblem,
  templateOfChannel,
  withPrimaryChannel,
  withSelectedEvents,
  type TemplateFacts,
} from '../../../shared/guided/wizard-edits';
import { GUIDED_PRIMARY_CHANNELS, type GuidedWizardState } from '../../../shared/guided/wizard-state';
import { channelLabel, type Channel } from '../../../shared/model/index';
import { EventCard, type CardSlot } from './EventCard';
import { EventsPicker } from './EventsPicker';
import { ParametersTab } from './ParametersTab';
import { PreviewDialog } from './PreviewDialog';

interface ConfigureStepProps {
  state: GuidedWizardState;
  /** Enabled packages (offered) and every package (to name cards of a package switched off since). */
  offered: readonly EventPackage[];
  known: readonly EventPackage[];
  parameters: ParameterSettings;
  templates: readonly TemplateFacts[];
  /** The card to bring into view (Fix, or back from creating a template). */
  focusCard: string | null;
  busy: boolean;
  onChange(next: GuidedWizardState): void;
  onCreateTemplate(eventKey: string, slot: CardSlot, channel: Channel): void;
  onCreateJourney(): void;
}

const NO_PAYLOAD = {};

/** Step 3: the Channel, Parameters and Packages tabs, and the event cards. */
export function ConfigureStep(props: ConfigureStepProps) {
  const { state, offered, known, templates, onChange } = props;
  const byId = useMemo(() => new Map(templates.map((template) => [template.id, template])), [templates]);
  const [preview, setPreview] = useState<{ templateId: string; eventKey: string } | null>(null);
  const [switchNote, setSwitchNote] = useState<string | null>(null);
  const problems = state.cards.map((card) => cardProblem(card, byId));
  const incomplete = problems.filter((problem) => problem !== null).length;

  useEffect(() => {
    if (props.focusCard === null) return;
    document.querySelector(`[data-event-key="${CSS.escape(props.focusCard)}"]`)?.scrollIntoView({ block: 'center' });
  }, [props.focusCard]);

  function switchChannel(channel: Channel) {
    const next = withPrimaryChannel(state, channel, byId);
    const flagged = next.cards.filter((card) => card.templateId === null).length;
    setSwitchNote(
      flagged === 0
        ? `Every card now sends on ${channelLabel(channel)}.`
        : `Every card now sends on ${channelLabel(channel)}; ${flagged} ${flagged === 1 ? 'card needs' : 'cards need'} ${templateOfChannel(channel)}.`,
    );
    onChange(next);
  }

  const previewEvent = preview ? findEvent(known, preview.eventKey) : undefined;
  return (
    <section className="guided-step" aria-label="Configure journey">
      <Tabs.Root defaultValue="channel">
        <Tabs.List className="tab-list" aria-label="Journey settings">
          <Tabs.Trigger className="tab" value="channel">
            Channel
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="parameters">
            Parameters
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="packages">
            Packages <span className="muted">({state.cards.length} events)</span>
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content className="tab-panel" value="channel">
          <label className="inline-field">
            <span>Primary channel</span>
            <select value={state.primaryChannel} onChange={(event) => switchChannel(event.target.value as Channel)}>
              {GUIDED_PRIMARY_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {channelLabel(channel)}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">
            Changing it moves every card to the new channel; cards whose template no longer fits ask for one.
          </p>
          {switchNote && <p role="status">{switchNote}</p>}
        </Tabs.Content>
        <Tabs.Content className="tab-panel" value="parameters">
          <ParametersTab state={state} settings={props.parameters} onChange={onChange} />
        </Tabs.Content>
        <Tabs.Content className="tab-panel" value="packages">
          <EventsPicker
            packages={offered}
            selected={new Set(state.cards.map((card) => card.eventKey))}
            onChange={(selected) => onChange(withSelectedEvents(state, selected, known))}
          />
        </Tabs.Content>
      </Tabs.Root>
      <div className="event-cards" aria-label="Event cards">
        {state.cards.length === 0 && <p className="muted">No events chosen: add some in the Packages tab.</p>}
        {state.cards.map((card, index) => (
          <EventCard
            key={card.eventKey}
            card={card}
            event={findEvent(known, card.eventKey)}
            templates={templates}
            languages={state.parameters.languages}
            problem={problems[index] ?? null}
            highlighted={props.focusCard === card.eventKey}
            onChange={(next) => onChange({ ...state, cards: state.cards.map((c, i) => (i === index ? next : c)) })}
            onPreview={(templateId) => setPreview({ templateId, eventKey: card.eventKey })}
            onCreateTemplate={(slot, channel) => props.onCreateTemplate(card.eventKey, slot, channel)}
          />
        ))}
      </div>
      <div className="guided-actions">
        <span role="status" className={incomplete > 0 ? 'guided-blocker' : 'muted'}>
          {state.cards.length === 0
            ? 'Choose at least one event.'
            : incomplete > 0
              ? `${incomplete} of ${state.cards.length} cards need a template: the journey will be saved as Broken until they have one.`
              : 'Every card is ready: the journey starts sending once created.'}
        </span>
        <button
          type="button"
          className="button primary"
          disabled={state.cards.length === 0 || props.busy}
          onClick={props.onCreateJourney}
        >
          Create journey
        </button>
      </div>
      {preview && (
        <PreviewDialog
          templateId={preview.templateId}
          templateName={byId.get(preview.templateId)?.name ?? 'Template'}
          eventLabel={previewEvent?.label ?? preview.eventKey}
          samplePayload={previewEvent?.samplePayload ?? NO_PAYLOAD}
          onClose={() => setPreview(null)}
        />
      )}
    </section>
  );
}
