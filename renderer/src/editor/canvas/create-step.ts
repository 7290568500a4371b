import { createNode, type JourneyNode, type Position } from '../../../../shared/model/index';
import { freshAudience } from '../../../../shared/model/nodes/entry';
import type { PaletteItem } from './drag-data';
import { newId } from '../ids';

/** A new step from a palette item: message items arrive with their channel already chosen. */
export function createStep(item: PaletteItem, position: Position): JourneyNode {
  const node = createNode(item.kind, { id: newId('node'), position, label: item.label });
  if (node.kind === 'message' && item.channel) return { ...node, config: { ...node.config, channel: item.channel } };
  if (node.kind === 'entry' && item.audience) return { ...node, config: { audience: freshAudience(item.audience) } };
  return node;
}
