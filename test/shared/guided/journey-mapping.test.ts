import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKAGES, findEvent } from '../../../shared/guided/catalogue';
import { cardStepIds, journeyFromWizard, wizardFromJourney } from '../../../shared/guided/journey-mapping';
import { emptyWizardState, type GuidedWizardState } from '../../../shared/guided/wizard-state';
import {
  cardProblem,
  firstIncompleteCard,
  moveFallback,
  templatesFor,
  withPrimaryChannel,
  withSelectedEvents,
  type TemplateFacts,
} from '../../../shared/guided/wizard-edits';
import { createEmptyJourney, JourneySchema } from '../../../shared/model/index';
import { validateJourney } from '../../../shared/validation/index';

const labels = { eventLabel: (key: string) => findEvent(BUILT_IN_PACKAGES, key)?.label ?? key };
const base = () => createEmptyJourney({ id: 'j-1', name: 'Order updates', now: '2026-06-01T10:00:00Z' });

const templates: TemplateFacts[] = [
  { id: 't-wa', channel: 'whatsapp', name: 'Shipped (WhatsApp)', language: 'en' },
  { id: 't-sms', channel: 'sms', name: 'Shipped (SMS)', language: '' },
  { id: 't-sms-hi', channel: 'sms', name: 'Shipped (SMS, Hindi)', language: 'hi' },
  { id: 't-email', channel: 'email', name: 'Shipped (email)', language: 'en' },
];
const byId = new Map(templates.map((template) => [template.id, template]));

function chosen(): GuidedWizardState {
  const state = { ...emptyWizardState(), persona: 'customer' as const, movementType: 'forward' as const };
  return withSelectedEvents(state, new Set(['order.delivered', 'order.shipped']), BUILT_IN_PACKAGES);
}

describe('wizard state → journey document → wizard state', () => {
  it('makes one entry → message → exit per card with the parameters in the settings', () => {
    const state: GuidedWizardState = {
      ...chosen(),
      step: 'configure',
      parameters: { languages: ['en'], courierAccounts: [], orderTypes: ['prepaid', 'cod'] },
    };
    state.cards[0] = {
      ...state.cards[0]!,
      templateId: 't-wa',
      fallbacks: [
        { channel: 'sms', templateId: 't-sms' },
        { channel: 'email', templateId: 't-email' },
      ],
    };
    const journey = JourneySchema.parse(journeyFromWizard(state, base(), labels));
    const ids = cardStepIds('order.shipped');
    expect(journey.nodes.map((node) => node.id)).toEqual([
      ids.entry,
      ids.message,
      ids.exit,
      'card-order-delivered-entry',
      'card-order-delivered-message',
      'card-order-delivered-exit',
    ]);
    expect(journey.nodes[0]).toMatchObject({
      kind: 'entry',
      label: 'Shipped / picked up',
      config: { audience: { type: 'orderEvent', packageId: 'forward-shipment', eventKey: 'order.shipped' } },
    });
    expect(journey.nodes[1]).toMatchObject({
      kind: 'message',
      config: {
        channel: 'whatsapp',
        templateId: 't-wa',
        fallbacks: [
          { channel: 'sms', templateId: 't-sms' },
          { channel: 'email', templateId: 't-email' },
        ],
      },
    });
    expect(journey.edges).toContainEqual({
      id: ids.toMessage,
      source: ids.entry,
      sourceHandle: 'next',
      target: ids.message,
    });
    expect(journey.settings).toMatchObject({
      primaryChannel: 'whatsapp',
      persona: 'customer',
      movementType: 'forward',
      languages: ['en'],
      courierAccounts: [],
      orderTypes: ['prepaid', 'cod'],
      guided: { step: 'configure', createRequested: false },
    });
    expect(wizardFromJourney(journey)).toEqual(state);
  });

  it('validates without errors once every card has its templates, and names the card that lacks one', () => {
    const state = chosen();
    const complete = { ...state, cards: state.cards.map((card) => ({ ...card, templateId: 't-wa' })) };
    const context = {
      templates: new Map(templates.map((t) => [t.id, { ...t, variables: ['event.orderId'], problems: [] }])),
    };
    expect(
      validateJourney(journeyFromWizard(complete, base(), labels), context).filter((d) => d.severity === 'error'),
    ).toEqual([]);
    const errors = validateJourney(journeyFromWizard(state, base(), labels), context).filter(
      (d) => d.severity === 'error',
    );
    expect(errors.map((d) => [d.code, d.nodeId])).toEqual([
      ['MISSING_TEMPLATE', 'card-order-shipped-message'],
      ['MISSING_TEMPLATE', 'card-order-delivered-message'],
    ]);
  });

  it('keeps what the canvas added: positions, message variables and steps of its own', () => {
    const first = journeyFromWizard(chosen(), base(), labels);
    const moved = {
      ...first,
      nodes: [
        ...first.nodes.map((node) =>
          node.id === 'card-order-shipped-message' && node.kind === 'message'
            ? { ...node, position: { x: 999, y: 5 }, config: { ...node.config, variables: { awb: 'event.awb' } } }
            : node,
        ),
        { id: 'n-note-exit', kind: 'exit' as const, label: 'Extra', position: { x: 0, y: 0 }, config: {} },
      ],
    };
    const again = journeyFromWizard(wizardFromJourney(moved)!, moved, labels);
    expect(again.nodes.find((node) => node.id === 'card-order-shipped-message')).toMatchObject({
      position: { x: 999, y: 5 },
      config: { variables: { awb: 'event.awb' } },
    });
    expect(again.nodes.map((node) => node.id)).toContain('n-note-exit');
  });

  it('is null for a journey the wizard did not make', () => {
    expect(wizardFromJourney(base())).toBeNull();
  });

  it('refuses to map before persona and movement type are chosen', () => {
    expect(() => journeyFromWizard(emptyWizardState(), base(), labels)).toThrow(/persona and movement type/);
  });
});

describe('wizard edits', () => {
  it('keeps configured cards when events are added or removed, in lifecycle order', () => {
    const state = chosen();
    const configured = { ...state, cards: [{ ...state.cards[0]!, templateId: 't-wa' }, state.cards[1]!] };
    const next = withSelectedEvents(configured, new Set(['order.shipped', 'order.placed']), BUILT_IN_PACKAGES);
    expect(next.cards.map((card) => [card.eventKey, card.templateId])).toEqual([
      ['order.placed', null],
      ['order.shipped', 't-wa'],
    ]);
  });

  it('moves every card to a new primary channel and asks again for templates that no longer fit', () => {
    const state = chosen();
    const configured = {
      ...state,
      cards: [
        { ...state.cards[0]!, templateId: 't-wa', fallbacks: [{ channel: 'sms' as const, templateId: 't-sms' }] },
        { ...state.cards[1]!, templateId: 't-wa' },
      ],
    };
    const switched = withPrimaryChannel(configured, 'sms', byId);
    expect(switched.primaryChannel).toBe('sms');
    expect(switched.cards.map((card) => [card.channel, card.templateId, card.fallbacks])).toEqual([
      ['sms', null, []],
      ['sms', null, []],
    ]);
    expect(cardProblem(switched.cards[0]!, byId)).toBe('Choose an SMS template');
  });

  it('filters templates by channel and the journey languages', () => {
    expect(templatesFor(templates, 'sms', ['en']).map((t) => t.id)).toEqual(['t-sms']);
    expect(templatesFor(templates, 'sms', []).map((t) => t.id)).toEqual(['t-sms', 't-sms-hi']);
    expect(templatesFor(templates, 'sms', ['hi']).map((t) => t.id)).toEqual(['t-sms', 't-sms-hi']);
  });

  it('finds the first incomplete card, fallbacks included, and reorders fallbacks', () => {
    const state = chosen();
    const cards = [
      { ...state.cards[0]!, templateId: 't-wa', fallbacks: [{ channel: 'email' as const, templateId: null }] },
      { ...state.cards[1]!, templateId: 't-wa' },
    ];
    expect(firstIncompleteCard({ ...state, cards }, byId)?.eventKey).toBe('order.shipped');
    expect(cardProblem(cards[0]!, byId)).toBe('Choose a template for the Email fallback');
    expect(firstIncompleteCard({ ...state, cards: [cards[1]!] }, byId)).toBeNull();
    const fallbacks = [
      { channel: 'sms' as const, templateId: 't-sms' },
      { channel: 'email' as const, templateId: 't-email' },
    ];
    expect(moveFallback(fallbacks, 1, 0).map((f) => f.channel)).toEqual(['email', 'sms']);
    expect(moveFallback(fallbacks, 1, 2)).toEqual(fallbacks);
  });
});
