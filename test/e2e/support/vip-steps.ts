import { createNode, type JourneyNode, type Position } from '../../../shared/model/index';

/** "Order placed": contacts enter on the custom event `order`. */
export function orderEntry(id: string, position: Position): JourneyNode {
  const entry = createNode('entry', { id, position, label: 'Order placed' });
  return {
    ...entry,
    config: { audience: { type: 'customEvent', eventName: 'order', propertyRules: [] } },
  } as JourneyNode;
}

/** "VIP?": yes for contacts whose `loyalty_tier` is gold. */
export function vipCondition(id: string, position: Position): JourneyNode {
  const vip = createNode('condition', { id, position, label: 'VIP?' });
  return {
    ...vip,
    config: {
      source: 'profile',
      filter: {
        combinator: 'and',
        groups: [{ combinator: 'and', rules: [{ field: 'loyalty_tier', operator: 'equals', value: 'gold' }] }],
      },
    },
  } as JourneyNode;
}
