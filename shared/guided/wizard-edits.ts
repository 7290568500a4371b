import type { Channel } from '../model/channel';
import { channelLabel } from '../model/channel';
import { eventsInLifecycleOrder } from './catalogue';
import type { EventPackage } from './package-schema';
import type { CardFallback, GuidedCard, GuidedWizardState } from './wizard-state';

/** What the wizard needs to know of a template. */
export interface TemplateFacts {
  id: string;
  channel: Channel;
  name: string;
  /** "" fits any language. */
  language: string;
}

/**
 * Cards for the chosen events, in lifecycle order: cards already configured stay as they are, new
 * ones start on the primary channel with no template. Events no longer in the packages keep their
 * card at the end, so nothing configured is lost by a package being disabled.
 */
export function withSelectedEvents(
  state: GuidedWizardState,
  selected: ReadonlySet<string>,
  packages: readonly EventPackage[],
): GuidedWizardState {
  const existing = new Map(state.cards.map((card) => [card.eventKey, card]));
  const offered = eventsInLifecycleOrder(packages);
  const cards: GuidedCard[] = offered
    .filter((event) => selected.has(event.key))
    .map(
      (event) =>
        existing.get(event.key) ?? {
          packageId: event.packageId,
          eventKey: event.key,
          channel: state.primaryChannel,
          templateId: null,
          fallbacks: [],
        },
    );
  const offeredKeys = new Set(offered.map((event) => event.key));
  const orphans = state.cards.filter((card) => selected.has(card.eventKey) && !offeredKeys.has(card.eventKey));
  return { ...state, cards: [...cards, ...orphans] };
}

function fits(templates: ReadonlyMap<string, TemplateFacts>, id: string | null, channel: Channel): boolean {
  return id !== null && templates.get(id)?.channel === channel;
}

/**
 * Switching the primary channel moves every card to it. A card keeps its template only when it fits
 * the new channel (otherwise the card asks for one), and a fallback on the new channel is dropped.
 */
export function withPrimaryChannel(
  state: GuidedWizardState,
  channel: Channel,
  templates: ReadonlyMap<string, TemplateFacts>,
): GuidedWizardState {
  return {
    ...state,
    primaryChannel: channel,
    cards: state.cards.map((card) => ({
      ...card,
      channel,
      templateId: fits(templates, card.templateId, channel) ? card.templateId : null,
      fallbacks: card.fallbacks.filter((fallback) => fallback.channel !== channel),
    })),
  };
}

/** Templates a card slot may use: its channel, and a language of the journey (or any language). */
export function templatesFor(
  templates: readonly TemplateFacts[],
  channel: Channel,
  languages: readonly string[],
): TemplateFacts[] {
  return templates.filter(
    (template) =>
      template.channel === channel &&
      (languages.length === 0 || template.language === '' || languages.includes(template.language)),
  );
}

/** A channel for a new fallback: the first of WhatsApp, SMS, Email, … the card does not use yet. */
export function nextFallbackChannel(card: GuidedCard): Channel | null {
  const used = new Set([card.channel, ...card.fallbacks.map((fallback) => fallback.channel)]);
  const order: Channel[] = ['whatsapp', 'sms', 'email', 'push', 'telegram', 'inapp', 'marketing', 'wallet'];
  return order.find((channel) => !used.has(channel)) ?? null;
}

export function moveFallback(fallbacks: readonly CardFallback[], from: number, to: number): CardFallback[] {
  if (to < 0 || to >= fallbacks.length) return [...fallbacks];
  const moved = [...fallbacks];
  const [item] = moved.splice(from, 1);
  moved.splice(to, 0, item!);
  return moved;
}

/** "a WhatsApp template", "an SMS template", "an Email template": the article as the label is said. */
export function templateOfChannel(channel: Channel): string {
  const label = channelLabel(channel);
  return `${/^(SMS|Email|In-app)/.test(label) ? 'an' : 'a'} ${label} template`;
}

/** What a card still needs, in words, or null when it is complete. */
export function cardProblem(card: GuidedCard, templates: ReadonlyMap<string, TemplateFacts>): string | null {
  if (!fits(templates, card.templateId, card.channel)) return `Choose ${templateOfChannel(card.channel)}`;
  const seen = new Set<Channel>([card.channel]);
  for (const fallback of card.fallbacks) {
    if (seen.has(fallback.channel)) return `${channelLabel(fallback.channel)} is in the chain twice`;
    seen.add(fallback.channel);
    if (!fits(templates, fallback.templateId, fallback.channel))
      return `Choose a template for the ${channelLabel(fallback.channel)} fallback`;
  }
  return null;
}

/** The first card that is not complete, or null when every card is ready to send. */
export function firstIncompleteCard(
  state: GuidedWizardState,
  templates: ReadonlyMap<string, TemplateFacts>,
): GuidedCard | null {
  return state.cards.find((card) => cardProblem(card, templates) !== null) ?? null;
}
