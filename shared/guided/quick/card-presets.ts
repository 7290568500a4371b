import type { Channel } from '../../model/channel';
import { channelLabel } from '../../model/channel';
import { BUILT_IN_PACKAGES, findEvent } from '../catalogue';
import { starterContent } from '../starter-copy';
import type { CardPreset, PresetCard, PresetTemplate } from './preset';

interface CardPlan {
  id: string;
  name: string;
  description: string;
  persona: CardPreset['persona'];
  movementType: CardPreset['movementType'];
  chain: Channel[];
  events: string[];
}

/** Each event gets a template per channel of the chain, with copy written for that event. */
function cardPreset(plan: CardPlan): CardPreset {
  const templates: PresetTemplate[] = [];
  const cards: PresetCard[] = plan.events.map((eventKey) => {
    const event = findEvent(BUILT_IN_PACKAGES, eventKey);
    if (event === undefined) throw new Error(`The preset "${plan.id}" names an unknown event "${eventKey}"`);
    const links = plan.chain.map((channel) => {
      const key = `${eventKey}:${channel}`;
      templates.push({
        key,
        channel,
        name: `${event.label} · ${channelLabel(channel)}`,
        language: 'en',
        content: starterContent(channel, event) ?? {},
      });
      return { channel, template: key };
    });
    return { packageId: event.packageId, eventKey, primary: links[0]!, fallbacks: links.slice(1) };
  });
  return {
    kind: 'cards',
    id: plan.id,
    name: plan.name,
    description: plan.description,
    channels: [...plan.chain],
    templates,
    primaryChannel: plan.chain[0]!,
    persona: plan.persona,
    movementType: plan.movementType,
    cards,
  };
}

export const CARD_PRESETS: readonly CardPreset[] = [
  cardPreset({
    id: 'forward-updates',
    name: 'Forward order updates',
    description: 'Tells customers when their order ships, is out for delivery, arrives, or a delivery fails.',
    persona: 'customer',
    movementType: 'forward',
    chain: ['whatsapp', 'sms'],
    events: ['order.shipped', 'order.out_for_delivery', 'order.delivered', 'order.delivery_failed'],
  }),
  cardPreset({
    id: 'returns',
    name: 'Returns / reverse',
    description: 'Keeps customers posted on a return, from the request to the refund.',
    persona: 'customer',
    movementType: 'reverse',
    chain: ['sms', 'email'],
    events: [
      'return.requested',
      'return.pickup_scheduled',
      'return.picked_up',
      'return.refund_initiated',
      'return.refund_completed',
    ],
  }),
  cardPreset({
    id: 'ndr-recovery',
    name: 'NDR / failed-delivery recovery',
    description: 'Reaches customers quickly when a delivery fails or is delayed, before the parcel goes back.',
    persona: 'customer',
    movementType: 'forward',
    chain: ['whatsapp', 'sms', 'email'],
    events: ['order.delivery_failed', 'order.delayed', 'order.rto_initiated'],
  }),
  cardPreset({
    id: 'cod-confirmation',
    name: 'COD confirmation',
    description: 'Asks customers to confirm cash-on-delivery orders before they ship, and thanks them after.',
    persona: 'customer',
    movementType: 'forward',
    chain: ['whatsapp', 'sms'],
    events: ['cod.confirmation_requested', 'cod.verified'],
  }),
  cardPreset({
    id: 'seller-alerts',
    name: 'Seller fulfilment alerts',
    description: 'Tells sellers about new orders, pickups due or missed, and settlements.',
    persona: 'seller',
    movementType: 'forward',
    chain: ['email', 'sms'],
    events: ['seller.new_order', 'seller.pickup_due', 'seller.pickup_missed', 'seller.settlement'],
  }),
];
