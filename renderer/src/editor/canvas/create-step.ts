import { createNode, emptyFilter, type Audience, type JourneyNode, type Position } from '../../../../shared/model/index';
import type { PaletteItem } from './drag-data';
import { newId } from '../ids';

/** A new step from a palette item: message items arrive with their channel already chosen. */
export function createStep(item: PaletteItem, position: Position): JourneyNode {
  const node = createNode(item.kind, { id: newId('node'), position, label: item.label });
  if (node.kind === 'message' && item.channel) return { ...node, config: { ...node.config, channel: item.channel } };
  if (node.kind === 'entry' && item.audience) return { ...node, config: { audience: defaultAudience(item.audience) } };
  return node;
}

function defaultAudience(type: Audience['type']): Audience {
  switch (type) {
    case 'all':
      return { type };
    case 'list':
      return { type, listId: null };
    case 'filter':
      return { type, filter: emptyFilter() };
    case 'customEvent':
      return { type, eventName: '', propertyRules: [] };
    case 'orderEvent':
      return { type, packageId: null, eventKey: null };
  }
}
