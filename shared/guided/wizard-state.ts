import type { Channel } from '../model/channel';
import type { GuidedSetup, JourneySettings } from '../model/journey-settings';
import type { JourneyParameterValues } from './parameter-settings';

/** The primary channels Guided Mode offers (fallbacks may use any channel). */
export const GUIDED_PRIMARY_CHANNELS = ['whatsapp', 'sms', 'email', 'marketing'] as const satisfies readonly Channel[];
export type GuidedPrimaryChannel = (typeof GUIDED_PRIMARY_CHANNELS)[number];

export interface CardFallback {
  channel: Channel;
  templateId: string | null;
}

/** One event card: the event that starts it and the message it sends, with fallbacks in order. */
export interface GuidedCard {
  packageId: string;
  eventKey: string;
  channel: Channel;
  templateId: string | null;
  fallbacks: CardFallback[];
}

export interface GuidedWizardState {
  step: GuidedSetup['step'];
  createRequested: boolean;
  primaryChannel: Channel;
  /** null until chosen: both are mandatory before the wizard goes on. */
  persona: JourneySettings['persona'] | null;
  movementType: JourneySettings['movementType'] | null;
  /** Chosen values of the optional parameters; none chosen means any value. */
  parameters: JourneyParameterValues;
  /** In lifecycle order; one card per event key. */
  cards: GuidedCard[];
}

export function emptyWizardState(): GuidedWizardState {
  return {
    step: 'channel',
    createRequested: false,
    primaryChannel: 'whatsapp',
    persona: null,
    movementType: null,
    parameters: { languages: [], courierAccounts: [], orderTypes: [] },
    cards: [],
  };
}

/** Why Save & Next on the first step is not possible yet, or null when it is. */
export function channelStepBlocker(state: GuidedWizardState): string | null {
  if (state.persona === null && state.movementType === null)
    return 'Choose the user persona and the movement type to continue.';
  if (state.persona === null) return 'Choose the user persona to continue.';
  if (state.movementType === null) return 'Choose the movement type to continue.';
  return null;
}
