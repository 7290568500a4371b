import type { Journey } from '../../model/journey';
import { journeyFromWizard, type CardLabels } from '../journey-mapping';
import type { GuidedWizardState } from '../wizard-state';
import type { CardPreset, QuickPreset } from './preset';

/** The wizard's state for a card preset, its templates named by the ids of the copies. */
export function presetWizardState(preset: CardPreset, templateId: (key: string) => string): GuidedWizardState {
  return {
    step: 'configure',
    createRequested: false,
    primaryChannel: preset.primaryChannel,
    persona: preset.persona,
    movementType: preset.movementType,
    parameters: { languages: [], courierAccounts: [], orderTypes: [] },
    cards: preset.cards.map((card) => ({
      packageId: card.packageId,
      eventKey: card.eventKey,
      channel: card.primary.channel,
      templateId: templateId(card.primary.template),
      fallbacks: card.fallbacks.map((link) => ({ channel: link.channel, templateId: templateId(link.template) })),
    })),
  };
}

/**
 * The journey a preset makes on a blank one: a card preset through the wizard's mapping (with the
 * persona, movement type and parameters chosen for it), a canvas preset from its graph.
 */
export function presetJourney(
  preset: QuickPreset,
  base: Journey,
  templateId: (key: string) => string,
  labels: CardLabels,
  choose: (state: GuidedWizardState) => GuidedWizardState = (state) => state,
): Journey {
  if (preset.kind === 'cards') return journeyFromWizard(choose(presetWizardState(preset, templateId)), base, labels);
  const { nodes, edges } = preset.graph(templateId);
  return { ...base, settings: { ...base.settings, ...preset.settings }, nodes, edges };
}
