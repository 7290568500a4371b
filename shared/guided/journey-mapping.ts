import type { Journey } from '../model/journey';
import type { JourneyEdge } from '../model/journey-edge';
import type { JourneyNode, NodeOfKind } from '../model/journey-node';
import type { GuidedCard, GuidedWizardState } from './wizard-state';

/** Ids of the steps a card becomes; derived from the event key so each card maps to its steps and back. */
export function cardStepIds(eventKey: string) {
  const base = `card-${eventKey.replaceAll('.', '-')}`;
  return {
    entry: `${base}-entry`,
    message: `${base}-message`,
    exit: `${base}-exit`,
    toMessage: `${base}-to-message`,
    toExit: `${base}-to-exit`,
  };
}

const ROW_HEIGHT = 180;
const COLUMN_WIDTH = 320;

export interface CardLabels {
  /** The event's label, e.g. "Shipped / picked up"; the key when the catalogue no longer has it. */
  eventLabel(eventKey: string): string;
}

function isCardStep(id: string): boolean {
  return id.startsWith('card-');
}

function cardNodes(card: GuidedCard, row: number, previous: ReadonlyMap<string, JourneyNode>, labels: CardLabels) {
  const ids = cardStepIds(card.eventKey);
  const label = labels.eventLabel(card.eventKey);
  const at = (id: string, column: number) =>
    previous.get(id)?.position ?? { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT };
  const oldMessage = previous.get(ids.message);
  const kept = oldMessage?.kind === 'message' ? oldMessage.config : undefined;
  const nodes: JourneyNode[] = [
    {
      id: ids.entry,
      kind: 'entry',
      label,
      position: at(ids.entry, 0),
      config: { audience: { type: 'orderEvent', packageId: card.packageId, eventKey: card.eventKey } },
    },
    {
      id: ids.message,
      kind: 'message',
      label: `${label} message`,
      position: at(ids.message, 1),
      config: {
        // What the canvas may have added (variables, a delivery window) survives a trip through the wizard.
        ...(kept ?? { variables: {} }),
        channel: card.channel,
        templateId: card.templateId,
        fallbacks: card.fallbacks.map((fallback) => ({ ...fallback })),
      },
    },
    { id: ids.exit, kind: 'exit', label: 'Exit', position: at(ids.exit, 2), config: {} },
  ];
  const edges: JourneyEdge[] = [
    { id: ids.toMessage, source: ids.entry, sourceHandle: 'next', target: ids.message },
    { id: ids.toExit, source: ids.message, sourceHandle: 'next', target: ids.exit },
  ];
  return { nodes, edges };
}

/**
 * The journey document for the wizard's state: one entry on the order event → its message with
 * fallbacks → exit per card, and the journey's parameters in its settings. Steps the wizard did not
 * make (added on the canvas) are kept as they are. Persona and movement type must be chosen.
 */
export function journeyFromWizard(state: GuidedWizardState, base: Journey, labels: CardLabels): Journey {
  if (state.persona === null || state.movementType === null)
    throw new Error('A journey needs its persona and movement type before it is saved');
  const previous = new Map(base.nodes.map((node) => [node.id, node]));
  const built = state.cards.map((card, row) => cardNodes(card, row, previous, labels));
  return {
    ...base,
    settings: {
      ...base.settings,
      primaryChannel: state.primaryChannel,
      persona: state.persona,
      movementType: state.movementType,
      languages: [...state.parameters.languages],
      courierAccounts: [...state.parameters.courierAccounts],
      orderTypes: [...state.parameters.orderTypes],
      guided: { step: state.step, createRequested: state.createRequested },
    },
    nodes: [...built.flatMap((card) => card.nodes), ...base.nodes.filter((node) => !isCardStep(node.id))],
    edges: [...built.flatMap((card) => card.edges), ...base.edges.filter((edge) => !isCardStep(edge.id))],
  };
}

/** The card an order-event entry starts, following its "next" connection to a message step. */
function cardOf(entry: NodeOfKind<'entry'>, journey: Journey): GuidedCard | null {
  const audience = entry.config.audience;
  if (audience.type !== 'orderEvent' || audience.eventKey === null) return null;
  const edge = journey.edges.find((candidate) => candidate.source === entry.id && candidate.sourceHandle === 'next');
  const message = journey.nodes.find((node) => node.id === edge?.target);
  const base = { packageId: audience.packageId ?? '', eventKey: audience.eventKey };
  if (message?.kind !== 'message')
    return { ...base, channel: journey.settings.primaryChannel, templateId: null, fallbacks: [] };
  return {
    ...base,
    channel: message.config.channel,
    templateId: message.config.templateId,
    fallbacks: message.config.fallbacks.map((fallback) => ({ ...fallback })),
  };
}

/** The wizard's state for a journey it set up (reopening it resumes where it was), or null for any other journey. */
export function wizardFromJourney(journey: Journey): GuidedWizardState | null {
  const { settings } = journey;
  if (settings.guided === undefined) return null;
  const cards: GuidedCard[] = [];
  const seen = new Set<string>();
  for (const node of journey.nodes) {
    if (node.kind !== 'entry') continue;
    const card = cardOf(node, journey);
    if (card === null || seen.has(card.eventKey)) continue;
    seen.add(card.eventKey);
    cards.push(card);
  }
  return {
    step: settings.guided.step,
    createRequested: settings.guided.createRequested,
    primaryChannel: settings.primaryChannel,
    persona: settings.persona,
    movementType: settings.movementType,
    parameters: {
      languages: [...settings.languages],
      courierAccounts: [...settings.courierAccounts],
      orderTypes: [...settings.orderTypes],
    },
    cards,
  };
}
